#pragma once

#include <functional>
#include <map>
#include <string>
#include <wx/string.h>
#include <wx/timer.h>

class wxDialog;

namespace knotwork::gui::testing {

// Answers the modal dialogs of the names given as each shows, one after another or one inside
// another, for as long as it lives: for the questions the app asks in a row (the welcome, then
// the recovery code), which answerNextDialog cannot wait for.
class DialogAnswerer {
public:
    DialogAnswerer();
    ~DialogAnswerer();
    DialogAnswerer(const DialogAnswerer&) = delete;
    DialogAnswerer& operator=(const DialogAnswerer&) = delete;

    // The next time a modal dialog named `name` shows, `answer` fills it in and ends it.
    void answer(const wxString& name, std::function<void(wxDialog&)> answer);
    // How many dialogs named `name` were answered.
    int answered(const wxString& name) const;

private:
    void lookForDialogs();

    wxTimer m_look;
    std::map<wxString, std::function<void(wxDialog&)>> m_answers;
    std::map<wxString, int> m_answered;
    bool m_answering = false;
};

} // namespace knotwork::gui::testing
