#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/validator.h"
#include "sessions/soap_note.h"

class wxSizer;

namespace knotwork::ui {
class FormGrid;
}
class wxBoxSizer;
class wxWindow;

namespace knotwork::sessions::ui {

// One of the note editor's S, O, A, P sections: its titled boxes, filled from a SoapNote and
// written back into one. It reports each change the person makes by field key, so the editor
// autosaves and a carried-forward value counts as confirmed once touched.
class NoteFormSection {
public:
    using Changed = std::function<void(const std::string& key)>;

    virtual ~NoteFormSection() = default;
    NoteFormSection(const NoteFormSection&) = delete;
    NoteFormSection& operator=(const NoteFormSection&) = delete;

    wxSizer* sizer() const;
    // The section's first box, scrolled to the top when the person goes to the section.
    wxWindow* top() const { return m_top; }
    // The field that takes the focus when the person goes to the section.
    virtual wxWindow* first() const = 0;
    virtual void load(const SoapNote& note) = 0;
    // Writes what the form shows into `note`; what cannot be read goes to `problems`.
    virtual void store(SoapNote& note, Validator& problems) const = 0;
    // Shows the fields still carried forward from the previous note muted, the others plainly.
    void showCarried(const std::set<std::string>& keys);
    // Stops reporting changes while the form is being filled.
    void setLoading(bool loading) { m_loading = loading; }

protected:
    NoteFormSection(wxWindow* parent, Changed changed);
    // Adds a box of fields; changes to its one-control fields are reported under their keys.
    void addBox(const knotwork::ui::FormGrid& box);
    // Reports changes of a field's control (and the controls inside it) under its key (fieldKey).
    void watch(wxWindow* control);
    // Reports a change the person made to `key` through a control that sends no command event.
    void reportChange(const std::string& key);
    // Recomputes what the section shows from its own fields (live changes, hints).
    virtual void refresh() {}

private:
    wxWindow* m_parent;
    wxBoxSizer* m_sizer;
    wxWindow* m_top = nullptr;
    Changed m_changed;
    bool m_loading = false;
    std::map<std::string, std::vector<wxWindow*>> m_watched;
};

} // namespace knotwork::sessions::ui
