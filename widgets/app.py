"""The dashboard application: loads the briefing in a thread worker and hosts the screens.

Construct it from a CLI `Session` (`BriefingApp(session)`) or, for tests and benchmarks, from any
callable that returns a `Briefing` (`BriefingApp(briefing_factory=lambda: briefing)`).
"""

from __future__ import annotations

import gc
import multiprocessing.resource_tracker
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.worker import Worker, WorkerState

from briefing.config import Config
from briefing.model import Day
from briefing.safety import one_line
from widgets.commands import BriefingCommands
from widgets.screens.help import HelpScreen
from widgets.screens.main import MainScreen
from widgets.terminal import OutputGuard
from widgets.text import day_label

if TYPE_CHECKING:
    from briefing.model import Briefing


class BriefingLoaded(Message):
    def __init__(self, briefing: Briefing, seconds: float) -> None:
        super().__init__()
        self.briefing = briefing
        self.seconds = seconds


class OutsideOutput(Message):
    """A line written straight to the terminal's file descriptors (see widgets.terminal), kept off the screen."""

    def __init__(self, line: str) -> None:
        super().__init__()
        self.line = line


class BriefingApp(App[int]):
    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    COMMANDS: ClassVar = App.COMMANDS | {BriefingCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("e", "export", "Export", id="export"),
        Binding("ctrl+p", "command_palette", "Palette", id="palette", priority=True, show=False),
    ]

    def __init__(self, session: Any = None, *, briefing_factory: Callable[[], Briefing] | None = None,
                 config: Config | None = None, output: OutputGuard | None = None) -> None:
        super().__init__()
        self._output = output
        if briefing_factory is None and session is None:
            raise ValueError("BriefingApp needs a session or a briefing_factory")
        self._factory: Callable[[], Briefing] = briefing_factory or (lambda: session.briefing(self._indexing))
        if session is not None and session.use_index:
            # Indexing spawns worker processes; multiprocessing's resource tracker must start while stderr is
            # still the real one, before Textual redirects it (else spawning fails: "bad value(s) in fds_to_keep").
            multiprocessing.resource_tracker.ensure_running()
        self.config: Config = config or (session.config if session is not None else Config())
        self.briefing: Briefing | None = None
        self.load_seconds = 0.0
        self.algorithm: str | None = None
        self.warnings: list[str] = []
        self.load_error = ""
        self._printed = ""
        self.main_screen = MainScreen()
        if self.config.ui.theme in self.available_themes:
            self.theme = self.config.ui.theme

    def on_mount(self) -> None:
        # Users remap keys by binding id in [keymap] of briefing.toml.
        self.set_keymap(dict(self.config.keymap))
        # Load warnings (skipped files) are printed to stderr by the engine; show them in the status line.
        self.begin_capture_print(self, stdout=False, stderr=True)
        if self._output is not None:
            self._output.listen(lambda line: self.post_message(OutsideOutput(line)))
        self._load()

    def get_default_screen(self) -> MainScreen:
        return self.main_screen

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self) -> None:
        started = time.perf_counter()
        briefing = self._factory()
        # The loaded corpus is millions of long-lived objects: a full garbage collection walking them all stalls
        # the UI for 100-250 ms (State Dept corpus). Collect the loading's garbage once here, off the UI thread, and
        # freeze the rest so later collections only walk what the panes allocate.
        gc.collect()
        gc.freeze()
        self.post_message(BriefingLoaded(briefing, time.perf_counter() - started))

    def _indexing(self, progress: Any) -> None:
        """Index progress, reported on the loading thread: shown in the status line."""
        message = (f"indexing: {progress.files_done}/{progress.files_total} files, "
                   f"{progress.articles_done} articles ({progress.fraction:.0%})")
        self.call_from_thread(self.main_screen.status, message, True)

    def on_briefing_loaded(self, message: BriefingLoaded) -> None:
        self.briefing, self.load_seconds = message.briefing, message.seconds
        if self.main_screen.ready:
            self.main_screen.briefing_ready(message.briefing, message.seconds)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        what = "loading the corpus" if event.worker.group == "load" else f"{event.worker.group}"
        message = one_line(f"{what} failed: {type(error).__name__}: {error}")
        self.notify(message, severity="error", timeout=10, markup=False)
        if event.worker.group == "load":
            self.load_error = message
            if self.main_screen.ready:
                self.main_screen.load_failed(message)

    def on_print(self, event: events.Print) -> None:
        self._printed += event.text
        *lines, self._printed = self._printed.split("\n")
        for line in lines:
            self._note(line)

    def on_outside_output(self, message: OutsideOutput) -> None:
        self._note(message.line, outside=True)

    def _note(self, line: str, outside: bool = False) -> None:
        """A line the engine printed: warnings (file:line: message) go to the `w` list, all to the status line.
        Output from outside (a worker process, a library) is always kept as a warning: nobody expected it."""
        line = one_line(line.removeprefix("briefing: ")).strip()
        if not line:
            return
        if line.startswith("warning:"):
            self.warnings.append(line.removeprefix("warning:").strip())
        elif outside:
            self.warnings.append(f"output: {line}")
        if self.main_screen.ready:
            self.main_screen.status(line, busy=self.briefing is None)

    # -- actions and commands --------------------------------------------------------------------
    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(list(self.screen.active_bindings.items())))

    def action_export(self) -> None:
        if self.briefing is None:
            self.notify("the briefing is still loading", severity="warning")
            return
        self._export(self.main_screen.selection.day)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export(self, day: Day) -> None:
        from briefing.views.export import export_briefing

        assert self.briefing is not None
        text = export_briefing(self.briefing, fmt="md", day=day)
        path = Path.cwd() / f"briefing-{day_label(day).replace(' ', '-')}.md"
        path.write_text(text, encoding="utf-8")
        self.call_from_thread(self.notify, f"exported to {path}", title="Export", markup=False)

    def set_algorithm(self, name: str) -> None:
        self.algorithm = name
        self.main_screen.select(algorithm=name)
        self.notify(f"summarizer: {name}")

    def go_to_day(self, day: Day) -> None:
        self._to_main()
        self.main_screen.set_day(day)

    def go_to_actor(self, actor: str) -> None:
        from widgets.screens.actor import ActorScreen

        self._to_main()
        self.push_screen(ActorScreen(actor))

    def _to_main(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()
