"""placeholder"""
def find_sanctions(text, published=None, article="", knowledge=None):
    return []
def sanction_timeline(s):
    return {}
