#!/usr/bin/python3
"""Every view and dialog, opened with the keyboard alone, names each control a person can operate.

Walks Today, Clients (the list and each chart tab), Schedule, Billing and Reports, and opens the
intake, the note editor, the plan editor, a measure, consents, practice settings, providers, the progress
report dialog, the comparison of two notes, a record document dialog and the exports of a client's record
and of the practice, and the Connect to a clinic server dialog, with their shortcuts or by tabbing to their button.
Fails with one line per control a screen reader would announce without a name:
    where | role | path in the accessible tree | what is missing (and the text shown before it)
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knotwork_a11y  # noqa: E402
from knotwork_a11y import Failure  # noqa: E402
from unnamed_controls import unnamed_controls  # noqa: E402

# A demo client with a plan, measures and signed notes in every demo practice (seed 1).
CLIENT = "Smith"
CHART_TABS = ["Overview", "Intake", "Sessions", "Plan", "Progress", "Billing", "Reports", "Documents"]


class Survey:
    def __init__(self, app):
        self.app = app
        self.main = app.wait_window("Knotwork")
        self.problems = {}
        self.checked = 0
        self.places = 0

    def look(self, window, where):
        self.app.pump(0.15)  # late layout: a page shows its controls after the switch
        problems, checked = unnamed_controls(self.app, window, where)
        if checked == 0:
            raise Failure("%s shows no control at all: the accessible tree did not come through." % where)
        self.checked += checked
        self.places += 1
        for problem in problems:
            self.problems.setdefault(problem.key(), problem)

    def view(self, chord, where):
        self.app.key(chord, settle=0.2)
        self.look(self.main, where)

    def dialog(self, chord, title_part, where, close="Escape"):
        """Opens a window with `chord`, looks at it and closes it with `close`."""
        if chord:
            self.app.key(chord)
        window = self.app.wait_window(title_part)
        self.app.wait_focus_in(window)
        self.look(window, where)
        self.app.key(close)
        self.app.wait_window_gone(window)
        self.app.wait_focus_in(self.main)

    def report(self):
        print("Looked at %d controls in %d views and dialogs." % (self.checked, self.places))
        if not self.problems:
            return
        lines = sorted(str(problem) for problem in self.problems.values())
        raise Failure("%d controls a screen reader announces without a name "
                      "(where | role | accessible path | what is missing):\n%s"
                      % (len(lines), "\n".join(lines)))


def choose_client(app, survey):
    app.key("ctrl+f")
    app.type(CLIENT)
    app.press_for_focus("Down")  # to the list: the first match is chosen and its chart shown
    survey.main = app.wait_window("Knotwork")


def chart_tabs(app, survey, names, tab):
    """Looks at each tab from the focused one on, moving with the arrow keys."""
    for index, name in enumerate(names):
        if index > 0:
            tab = app.press_for_focus("Right")
        if name not in (tab.get_name() or ""):
            raise Failure("The chart tab after %s is \"%s\", not %s" % (names[index - 1], tab.get_name(), name))
        survey.look(survey.main, "Clients · chart · %s tab" % name)


def compare_two_notes(app, survey):
    """The Sessions tab, its newest two notes chosen with Shift+Down, compared side by side."""
    tab = app.tab_to("page tab", "Documents")
    while "Sessions" not in (tab.get_name() or ""):
        tab = app.press_for_focus("Left")
    app.tab_to("table", "Session notes")
    app.key("Home", settle=0.2)
    app.key("shift+Down", settle=0.2)
    app.tab_to("push button", "Compare")
    survey.dialog("space", "Compare notes", "Note comparison")


def in_combo_box(focus):
    """A combo box has the focus: GTK gives it to the box's own button (inside a filler)."""
    node = focus
    for _ in range(3):
        if node is None:
            return False
        if node.get_role_name() == "combo box":
            return True
        node = node.get_parent()
    return False


def choose_provider(app):
    app.tab_until(in_combo_box, "the provider chooser")
    app.key("Down", settle=0.3)


def body(app, practice):
    survey = Survey(app)
    app.wait_focus_in(survey.main)
    survey.view("ctrl+1", "Today")
    survey.view("ctrl+3", "Schedule")
    survey.view("ctrl+4", "Billing")
    survey.view("ctrl+5", "Reports")
    survey.view("ctrl+2", "Clients")
    choose_client(app, survey)
    survey.look(survey.main, "Clients · a chosen client")

    plan = CHART_TABS.index("Plan")
    chart_tabs(app, survey, CHART_TABS[:plan + 1], app.tab_to("page tab", "Overview"))
    app.tab_to("push button", "Edit plan")
    survey.dialog("space", "plan", "Plan editor")
    chart_tabs(app, survey, CHART_TABS[plan:], app.tab_to("page tab", "Plan"))

    app.tab_to("push button", "Report…")
    survey.dialog("space", "report", "Progress report dialog")
    compare_two_notes(app, survey)
    survey.dialog("ctrl+e", "intake", "Intake (edit)")
    survey.dialog("ctrl+shift+c", "onsent", "Consents")
    survey.dialog("ctrl+m", "easure", "Record measure")
    survey.dialog("ctrl+comma", "ettings", "Practice settings")
    survey.dialog("ctrl+shift+p", "roviders", "Providers")
    survey.dialog("ctrl+shift+x", "xport client record", "Export client record")
    survey.dialog("ctrl+shift+e", "xport practice", "Export practice")
    survey.dialog("ctrl+shift+f", "clinic server", "Connect to a clinic server")
    survey.dialog("ctrl+shift+h", "andout", "Home-care handout")
    survey.dialog("ctrl+shift+s", "ote", "Note editor", close="ctrl+w")
    survey.dialog("ctrl+n", "intake", "Intake (new client)")

    app.key("ctrl+5")
    choose_provider(app)
    survey.look(survey.main, "Reports · a provider chosen")
    survey.report()


if __name__ == "__main__":
    knotwork_a11y.run(body, __doc__)
