#pragma once
// Drives a form through its real widgets, as a person would: typing sends the text events,
// ticking and pressing send the events the widgets send, Save is clicked.

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <wx/window.h>

#include "clients/client_service.h"
#include "sessions/session_service.h"
#include "common/calendar_date.h"

class wxButton;
class wxScrolledWindow;

namespace knotwork::app {
class PracticeContext;
}

namespace knotwork::gui::testing {

// The control named `name` inside `root`, as a T; throws when there is none.
template <typename T>
T& child(wxWindow& root, const wxString& name)
{
    auto* found = dynamic_cast<T*>(wxWindow::FindWindowByName(name, &root));
    if (!found)
        throw std::runtime_error("no control named " + name.utf8_string());
    return *found;
}

void type(wxWindow& root, const wxString& name, const wxString& text);
void tick(wxWindow& root, const wxString& name, bool ticked = true);
// Presses a toggle button (a score of a 0–10 scale).
void press(wxWindow& root, const wxString& name);
void choose(wxWindow& root, const wxString& name, int index);
void click(wxButton& button);
void click(wxWindow& root, const wxString& name);
void clickSave(wxWindow& dialog);
// Chooses a file in a file picker, as its Browse… dialog would.
void pickFile(wxWindow& root, const wxString& name, const std::filesystem::path& file);
// Sets a date picker as its calendar would, sending the change.
void pickDate(wxWindow& root, const wxString& name, const Date& date);
// Ticks an OptionalDateField's check box and sets its picker, or clears it.
void enterDate(wxWindow& root, const wxString& name, const std::optional<Date>& date);
// Turns the mouse wheel over a control by `notches` (down when positive), as GTK reports it.
void turnWheel(wxWindow& over, int notches);
// Presses Ctrl+Alt+`letter` in a window, where its key handlers see it first.
void pressCtrlAlt(wxWindow& window, char letter);
// How far a form is scrolled down, in scroll steps.
int viewStart(const wxScrolledWindow& form);
// Where a field is in a form's view, in pixels from its top.
int topInView(const wxScrolledWindow& form, const wxWindow& field);
// Scrolls so that `field` sits whole just above the bottom of the view (its box going on below).
void placeAtTheBottom(wxScrolledWindow& form, const wxWindow& field);

// A practice file of its own for one test, with the services the dialogs work through.
class TestPractice {
public:
    TestPractice();
    ~TestPractice();
    clients::ClientService& service();
    sessions::SessionService& sessions();
    // Below the services, for filling the practice with many records at once.
    app::PracticeContext& practice() { return *m_practice; }
    const std::filesystem::path& folder() const { return m_folder; }

private:
    std::filesystem::path m_folder;
    std::unique_ptr<app::PracticeContext> m_practice;
};

} // namespace knotwork::gui::testing
