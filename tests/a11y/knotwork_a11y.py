"""Drives the real Knotwork app the way a blind therapist's screen reader sees it: through AT-SPI.

A test script calls run(body). The process takes an X display no other GUI test holds (the lock
files of tests/gui/gui_test_main.cpp), then runs itself again inside a private D-Bus session
(dbus-run-session; the AT-SPI bus and registry start on demand), where it writes a demo practice
with knotwork-cli, starts `knotwork --db FILE` with the clock fixed, and hands body an App to press
keys in and read the accessible tree of. Keys go through AT-SPI's own key synthesis, as an
on-screen keyboard or a screen reader's own key commands would: nothing touches the mouse.
"""

import argparse
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# The day the app and the demo practice live in (noon, local time), as the GUI tests' kTestDay.
TEST_DAY = "2026-11-23"
DEMO_CLIENTS = 40
_INSIDE = "KNOTWORK_A11Y_INSIDE"


class Failure(Exception):
    """The test found something wrong; its text is the report."""


# ---------------------------------------------------------------- outside: display and bus

def _displays():
    listed = os.environ.get("KNOTWORK_TEST_DISPLAYS", "").split()
    return listed or [os.environ["DISPLAY"]]


def _take_display(deadline):
    """Holds the lock of a display no other GUI test holds and makes it DISPLAY."""
    locks = []
    for display in _displays():
        path = os.path.join(tempfile.gettempdir(), "knotwork-gui-tests-display-%s.lock" % display)
        locks.append((display, os.open(path, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o644)))
    while time.monotonic() < deadline:
        for display, lock in locks:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            os.environ["DISPLAY"] = display
            return
        time.sleep(0.05)
    raise SystemExit("No display came free in time: %s" % " ".join(_displays()))


def _run_outside(args):
    if not os.environ.get("DISPLAY") and not os.environ.get("KNOTWORK_TEST_DISPLAYS"):
        print("The accessibility tests need a display: run them under xvfb-run (scripts/test does).")
        return 1
    if not shutil.which("dbus-run-session"):
        print("dbus-run-session is missing: install the packages in scripts/packages.txt.")
        return 1
    _take_display(time.monotonic() + args.timeout)
    env = dict(os.environ, **{_INSIDE: "1"})
    # The bus, the AT-SPI services and the app share one process group, so every exit path
    # (a failure, a timeout, ctest's kill) ends them all.
    child = subprocess.Popen(["dbus-run-session", "--", sys.executable] + sys.argv, env=env,
                             start_new_session=True)
    try:
        return child.wait(timeout=args.timeout)
    except subprocess.TimeoutExpired:
        print("The test took longer than %d s and was stopped." % args.timeout)
        return 1
    finally:
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


# ---------------------------------------------------------------- inside: the app

def _atspi():
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, GLib
    return Atspi, GLib


def _a11y_bus_address():
    """The session's accessibility bus, asked of the session bus (which starts its launcher), so
    neither this process nor the app reads a stale address an earlier run left on the display."""
    from gi.repository import Gio, GLib
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                          GLib.VariantType.new("(s)"), Gio.DBusCallFlags.NONE, 10000, None)
    return reply.unpack()[0]


KEYSYMS = {
    "tab": 0xff09, "return": 0xff0d, "enter": 0xff0d, "escape": 0xff1b, "space": 0x20,
    "left": 0xff51, "up": 0xff52, "right": 0xff53, "down": 0xff54, "page_up": 0xff55,
    "page_down": 0xff56, "home": 0xff50, "end": 0xff57, "backspace": 0xff08, "delete": 0xffff,
    "comma": 0x2c,
}
MODIFIERS = {"shift": 1 << 0, "ctrl": 1 << 2, "alt": 1 << 3}


class App:
    """The running app as AT-SPI shows it, with the keyboard to drive it."""

    def __init__(self, program, practice, env):
        self.Atspi, self.GLib = _atspi()
        self._log = os.path.join(env["HOME"], "knotwork.log")
        with open(self._log, "wb") as log:
            self.process = subprocess.Popen([program, "--db", practice], env=env,
                                            stdout=log, stderr=subprocess.STDOUT)
        self.focus = None
        self.focus_changes = 0
        self._listener = self.Atspi.EventListener.new(self._on_focus)
        self._listener.register("object:state-changed:focused")
        self.root = self.wait_for(self._find_root, 30, "the app on the accessibility bus")

    # ----- events and waiting

    def _on_focus(self, event):
        if event.detail1:
            self.focus = event.source
            self.focus_changes += 1

    def pump(self, seconds=0.0):
        """Lets AT-SPI deliver what the app said, for at least `seconds`."""
        context = self.GLib.MainContext.default()
        end = time.monotonic() + seconds
        while True:
            while context.iteration(False):
                pass
            if time.monotonic() >= end:
                return
            time.sleep(0.01)

    def wait_for(self, probe, timeout, what):
        end = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise Failure("The app ended (exit %s) while waiting for %s:\n%s"
                              % (self.process.returncode, what, self.stderr_tail()))
            found = probe()
            if found:
                return found
            if time.monotonic() >= end:
                shown = ", ".join(describe(w) for w in self.windows()) if hasattr(self, "root") else "none yet"
                raise Failure("Waited %g s for %s. Windows: %s; focus: %s."
                              % (timeout, what, shown, describe(self.focus)))
            self.pump(0.02)

    def _find_root(self):
        desktop = self.Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            child = desktop.get_child_at_index(i)
            if child is not None and child.get_process_id() == self.process.pid:
                return child
        return None

    def stderr_tail(self, lines=20):
        with open(self._log, errors="replace") as log:
            return "".join(log.readlines()[-lines:])

    # ----- windows and focus

    def windows(self):
        """The app's showing top-level windows, newest last."""
        found = []
        for i in range(self.root.get_child_count()):
            window = self.root.get_child_at_index(i)
            if window is not None and self.has_state(window, "showing"):
                found.append(window)
        return found

    def wait_window(self, title_part, timeout=10):
        def probe():
            for window in self.windows():
                if title_part.lower() in (window.get_name() or "").lower():
                    return window
            return None
        return self.wait_for(probe, timeout, "a window titled \"…%s…\"" % title_part)

    def wait_new_window(self, known, timeout=10):
        """Waits for a window that is not among `known` (a message box titled like its owner)."""
        paths = {window.path for window in known}

        def probe():
            for window in self.windows():
                if window.path not in paths:
                    return window
            return None
        return self.wait_for(probe, timeout, "a new window")

    def activate(self, window, timeout=5):
        """Gives `window` the keyboard focus, as a desktop's window manager does when a window
        opens. Xvfb runs none, and GTK's native message boxes do not take the focus themselves
        there. Returns the focused object."""
        target = self._first_focusable(window)
        if target is None:
            raise Failure("%s has nothing that takes the focus" % describe(window))
        target.grab_focus()
        return self.wait_focus_in(window, timeout)

    def _first_focusable(self, node):
        if self.has_state(node, "focusable") and self.has_state(node, "showing") \
                and node.get_role_name() != "alert":
            return node
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            found = child is not None and self._first_focusable(child)
            if found:
                return found
        return None

    def wait_window_gone(self, window, timeout=10):
        path, name = window.path, describe(window)
        self.wait_for(lambda: all(w.path != path for w in self.windows()), timeout, "%s to close" % name)

    def window_of(self, accessible):
        node = accessible
        while node is not None:
            parent = node.get_parent()
            if parent is not None and parent.path == self.root.path:
                return node
            node = parent
        return None

    def wait_focus_in(self, window, timeout=10):
        """Waits until the focus is inside `window`; returns the focused object."""
        def probe():
            focus = self.focus
            if focus is not None and self.window_of(focus) is not None \
                    and self.window_of(focus).path == window.path:
                return focus
            return None
        return self.wait_for(probe, timeout, "the focus in \"%s\"" % window.get_name())

    def has_state(self, accessible, state):
        value = getattr(self.Atspi.StateType, state.upper())
        try:
            return accessible.get_state_set().contains(value)
        except Exception:  # the object went away
            return False

    # ----- keys

    def key(self, chord, settle=0.05):
        """Presses a chord such as "ctrl+shift+s", "Tab" or "alt+e"."""
        parts = chord.lower().split("+")
        mask = 0
        for name in parts[:-1]:
            mask |= MODIFIERS[name]
        last = parts[-1]
        keysym = KEYSYMS.get(last) or (ord(last) if len(last) == 1 else None)
        if keysym is None:
            raise ValueError("Unknown key %r" % chord)
        synth = self.Atspi.KeySynthType
        if mask:
            self.Atspi.generate_keyboard_event(mask, None, synth.LOCKMODIFIERS)
        try:
            self.Atspi.generate_keyboard_event(keysym, None, synth.SYM)
        finally:
            if mask:
                self.Atspi.generate_keyboard_event(mask, None, synth.UNLOCKMODIFIERS)
        self.pump(settle)

    def type(self, text):
        self.Atspi.generate_keyboard_event(0, text, self.Atspi.KeySynthType.STRING)
        self.pump(0.05)

    def press_for_focus(self, chord, timeout=3):
        """Presses a key that moves the focus and waits for the move; returns the new focus."""
        before = self.focus_changes
        self.key(chord, settle=0)
        self.wait_for(lambda: self.focus_changes > before, timeout, "the focus to move after %s" % chord)
        self.pump(0.03)  # the second event of a pair (GTK says focus twice) arrives
        return self.focus

    def tab_to(self, role, name_part, limit=80):
        """Presses Tab until a `role` whose name contains `name_part` has the focus."""
        return self.tab_until(lambda focus: focus.get_role_name() == role
                              and name_part in (focus.get_name() or ""),
                              "the %s \"%s\"" % (role, name_part), limit)

    def tab_until(self, found, what, limit=80):
        seen = []
        for _ in range(limit):
            focus = self.press_for_focus("Tab")
            if found(focus):
                return focus
            seen.append(describe(focus))
        raise Failure("Tab never reached %s; it went through: %s" % (what, ", ".join(seen[:40])))

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


def describe(accessible):
    if accessible is None:
        return "nothing"
    try:
        return "%s '%s'" % (accessible.get_role_name(), accessible.get_name() or "")
    except Exception:
        return "(gone)"


# ---------------------------------------------------------------- running a test

def run(body, description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--app", required=True, help="the knotwork binary")
    parser.add_argument("--cli", required=True, help="the knotwork-cli binary")
    parser.add_argument("--timeout", type=int, default=110, help="seconds before the test gives up")
    parser.add_argument("--screenshots", help="a folder for a screenshot of the screen when the test fails")
    args = parser.parse_args()
    if not os.environ.get(_INSIDE):
        sys.exit(_run_outside(args))
    sys.exit(_run_inside(args, body))


def _run_inside(args, body):
    started = time.monotonic()
    home = tempfile.mkdtemp(prefix="knotwork-a11y-")
    app = None
    try:
        address = _a11y_bus_address()
        os.environ["AT_SPI_BUS_ADDRESS"] = address
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                   XDG_DATA_HOME=os.path.join(home, ".local/share"),
                   XDG_CACHE_HOME=os.path.join(home, ".cache"),
                   KNOTWORK_CLOCK=TEST_DAY, LANG="C.UTF-8", LC_ALL="C.UTF-8", GTK_THEME="Adwaita")
        env.pop("LANGUAGE", None)
        practice = os.path.join(home, "practice.sqlite")
        subprocess.run([args.cli, "--db", practice, "demo", "--clients", str(DEMO_CLIENTS),
                        "--as-of", TEST_DAY], env=env, check=True, stdout=subprocess.DEVNULL)
        app = App(args.app, practice, env)
        body(app, Practice(args.cli, practice, env))
        print("passed in %.1f s" % (time.monotonic() - started))
        return 0
    except Failure as failure:
        print(str(failure))
        _screenshot(args)
        print("failed after %.1f s" % (time.monotonic() - started))
        return 1
    finally:
        if app is not None:
            app.close()
        shutil.rmtree(home, ignore_errors=True)


def _screenshot(args):
    """What the screen showed when the test failed, for a person to look at."""
    if not args.screenshots or not shutil.which("import"):
        return
    os.makedirs(args.screenshots, exist_ok=True)
    name = os.path.splitext(os.path.basename(sys.argv[0]))[0]
    path = os.path.join(args.screenshots, "a11y-%s-failed.png" % name)
    subprocess.run(["import", "-window", "root", path], check=False)
    print("The screen then: %s" % path)


class Practice:
    """knotwork-cli on the practice the app has open, to check what the app stored."""

    def __init__(self, cli, practice, env):
        self.cli, self.practice, self.env = cli, practice, env

    def json(self, *command):
        done = subprocess.run([self.cli, "--db", self.practice, "--json"] + list(command), env=self.env,
                              check=True, stdout=subprocess.PIPE, text=True)
        return json.loads(done.stdout)
