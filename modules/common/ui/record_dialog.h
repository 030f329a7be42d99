#pragma once

#include <functional>
#include <wx/dialog.h>

#include "common/ui/field_error_markers.h"

class wxSizer;

namespace knotwork::ui {

class FormMessageBar;

// What every record dialog does the same way: Save (the button or Ctrl+S) runs save(); a
// ValidationError marks every problem beside its field and focuses the first, any other
// knotwork::Error is shown at the top; the dialog stays open and keeps what was typed. Cancel,
// Escape and the close box ask before discarding changes. ShowModal() gives wxID_OK when
// anything was saved. The dialog opens within the screen's work area (work_area.h): a body
// taller or wider than there is room for scrolls, and the buttons stay in view below it.
class RecordDialog : public wxDialog {
public:
    // Sizes the dialog to show the whole form, as wxWindow::Fit, but no larger than the work
    // area, the body scrolling inside.
    void Fit() override;
    bool Show(bool show = true) override;

    // The dialog is left as it is when saving fails: tests and callers read what it shows.
    FieldErrorMarkers& markers() { return m_markers; }
    wxString topMessage() const;
    bool hasChanges() const { return m_changed; }
    // Asks whether to discard unsaved changes; true to discard. A message box by default.
    using DiscardQuestion = std::function<bool()>;
    void setDiscardQuestion(DiscardQuestion ask) { m_mayDiscard = std::move(ask); }

protected:
    RecordDialog(wxWindow* parent, const wxString& title, const wxString& name);

    // Throws knotwork::Error when the record cannot be saved; returns normally when it was.
    virtual void save() = 0;

    // Puts `body` under the message line and above the buttons; call once the body is built.
    // The body's windows move into a part that scrolls, unless it holds a scrolled form of its own.
    // Without a save label the dialog saves through its own buttons and has only Close.
    void setBody(wxSizer* body, const wxString& saveLabel);
    // Runs an action that saves, showing its errors as Save does. True when it succeeded.
    bool attempt(const std::function<void()>& action);
    // What the form shows now is what is stored: no question on Cancel.
    void markUnchanged() { m_changed = false; }
    void markChanged() { m_changed = true; }
    FormMessageBar& messageBar() { return *m_message; }
    // Marks the problems of a ValidationError; those without a field go to the message line.
    void showProblems(const std::vector<FieldProblem>& problems);
    // Makes room for error lines and messages that were just shown. Grows the dialog towards
    // its best size, within the work area; a dialog whose own form scrolls does not need to.
    virtual void makeRoom();
    // Closes the dialog, modal or not, with this return code.
    void finish(int code);

private:
    void onSave(wxCommandEvent& event);
    void onCancel(wxCommandEvent& event);
    void onClose(wxCloseEvent& event);
    void onCharHook(wxKeyEvent& event);
    bool mayDiscard();
    bool askToDiscard();

    FieldErrorMarkers m_markers;
    FormMessageBar* m_message;
    bool m_changed = false;
    bool m_savedAny = false;
    DiscardQuestion m_mayDiscard;
};

} // namespace knotwork::ui
