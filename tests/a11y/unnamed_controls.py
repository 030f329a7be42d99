"""Finds the controls a screen reader would announce without a name.

A control counts when it is showing and a person can operate it: buttons, check boxes, radios,
text fields, spin buttons, combo boxes, lists, tables and trees, sliders, page tabs, and a panel
or drawing area that takes the focus (a control drawn by hand). Menu items count whether their
menu is open or not, as the keyboard reaches them all.
"""

INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "text", "entry", "password text",
    "spin button", "combo box", "list", "list box", "table", "tree table", "tree", "slider",
    "menu item", "check menu item", "radio menu item", "page tab", "menu",
}
# Drawn controls: a wxWindow or wxPanel that takes the focus shows up as one of these.
DRAWN_ROLES = {"panel", "drawing area", "canvas", "unknown", "filler"}
# Inside these, the children are the control's own parts (a list's cells, a combo box's button
# and popup, a spin button's text): the control's name is what is said.
OWN_PARTS = {"combo box", "table", "tree table", "tree", "list", "list box", "spin button"}
TEXT_ROLES = {"label", "heading", "static"}


class Problem:
    def __init__(self, where, role, path, near, what):
        self.where, self.role, self.path, self.near, self.what = where, role, path, near, what

    def key(self):
        """The same control seen again (the intake opened twice) is one problem."""
        return (self.role, self.path, self.near)

    def __str__(self):
        near = " after the text \"%s\"" % self.near if self.near else ""
        return "%s | %s | %s | %s%s" % (self.where, self.role, self.path, self.what, near)


def _short(text, length=60):
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[:length - 1] + "…"


class Walker:
    """Walks one window's showing objects, noting each unnamed control."""

    def __init__(self, app, where):
        self.app = app
        self.where = where
        self.problems = []
        self.last_text = ""

    def walk_window(self, window):
        self.checked = 0
        self._walk(window, [(window.get_role_name(), "")], showing_only=True)
        return self.problems

    def _walk(self, node, path, showing_only):
        try:
            role = node.get_role_name()
            name = node.get_name() or ""
            states = node.get_state_set()
        except Exception:  # it went away while we looked
            return
        Atspi = self.app.Atspi
        if showing_only and not states.contains(Atspi.StateType.SHOWING):
            return
        if role in TEXT_ROLES and name.strip():
            self.last_text = _short(name)
        if role in INTERACTIVE_ROLES:
            self.checked += 1
        if role in INTERACTIVE_ROLES and not name.strip():
            self._note(role, path, "no name")
        elif role in DRAWN_ROLES and states.contains(Atspi.StateType.FOCUSABLE) and not name.strip():
            self._note(role, path, "takes the focus but has no name")
        if role in OWN_PARTS:
            return
        # A menu bar's menus are reached by the keyboard while closed: walk them whole.
        inside_menus = role in ("menu bar", "menu")
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is None:
                continue
            self._walk(child, path + [_step(child)], showing_only and not inside_menus)

    def _note(self, role, path, what):
        self.problems.append(Problem(self.where, role, _format(path), self.last_text, what))


def _step(node):
    try:
        return (node.get_role_name(), _short(node.get_name() or "", 30))
    except Exception:
        return ("?", "")


def _format(path):
    """A path as its named steps and the control's role: "frame › panel'Visit' › … › text"."""
    shown = []
    for role, name in path[:-1]:
        if name:
            shown.append("%s'%s'" % (role, name))
        elif not shown or shown[-1] != "…":
            shown.append("…")
    shown.append(path[-1][0])
    return " › ".join(shown)


def unnamed_controls(app, window, where):
    """The problems in `window`, where = what the person was looking at ("Clients · Plan tab"),
    and how many controls were looked at."""
    walker = Walker(app, where)
    problems = walker.walk_window(window)
    return problems, walker.checked
