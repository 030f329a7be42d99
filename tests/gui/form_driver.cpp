#include "form_driver.h"

#include <algorithm>
#include <atomic>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/filepicker.h>
#include <wx/scrolwin.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>

#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "db/practice_opener.h"
#include "app/gui/knotwork_app.h"
#include "app/practice/practice_context.h"
#include "gui_test_support.h"

namespace knotwork::gui::testing {

namespace {

void send(wxWindow& control, wxEventType type, int value)
{
    wxCommandEvent event(type, control.GetId());
    event.SetEventObject(&control);
    event.SetInt(value);
    control.ProcessWindowEvent(event);
}

} // namespace

void type(wxWindow& root, const wxString& name, const wxString& text)
{
    child<wxTextCtrl>(root, name).SetValue(text);  // sends wxEVT_TEXT
}

void tick(wxWindow& root, const wxString& name, bool ticked)
{
    auto& box = child<wxCheckBox>(root, name);
    box.SetValue(ticked);
    send(box, wxEVT_CHECKBOX, ticked ? 1 : 0);
}

void press(wxWindow& root, const wxString& name)
{
    auto& button = child<wxToggleButton>(root, name);
    button.SetValue(!button.GetValue());
    send(button, wxEVT_TOGGLEBUTTON, button.GetValue() ? 1 : 0);
}

void choose(wxWindow& root, const wxString& name, int index)
{
    auto& choice = child<wxChoice>(root, name);
    choice.SetSelection(index);
    send(choice, wxEVT_CHOICE, index);
}

void click(wxButton& button)
{
    send(button, wxEVT_BUTTON, 0);
}

void click(wxWindow& root, const wxString& name)
{
    click(child<wxButton>(root, name));
}

void clickSave(wxWindow& dialog)
{
    auto* save = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK));
    if (!save)
        throw std::runtime_error("the dialog has no Save button");
    click(*save);
    processEvents();
}

void pickFile(wxWindow& root, const wxString& name, const std::filesystem::path& file)
{
    auto& picker = child<wxFilePickerCtrl>(root, name);
    picker.SetPath(ui::pathToWx(file));
    wxFileDirPickerEvent chosen(wxEVT_FILEPICKER_CHANGED, &picker, picker.GetId(), picker.GetPath());
    picker.ProcessWindowEvent(chosen);
}

void pickDate(wxWindow& root, const wxString& name, const Date& date)
{
    auto& picker = child<wxDatePickerCtrl>(root, name);
    picker.SetValue(knotwork::ui::toWxDate(date));
    wxDateEvent changed(&picker, picker.GetValue(), wxEVT_DATE_CHANGED);
    picker.ProcessWindowEvent(changed);
}

void enterDate(wxWindow& root, const wxString& name, const std::optional<Date>& date)
{
    tick(root, name + ".known", date.has_value());
    if (date)
        pickDate(root, name + ".date", *date);
}

void turnWheel(wxWindow& over, int notches)
{
    wxMouseEvent wheel(wxEVT_MOUSEWHEEL);
    wheel.SetEventObject(&over);
    wheel.m_wheelAxis = wxMOUSE_WHEEL_VERTICAL;
    wheel.m_wheelDelta = 120;
    wheel.m_wheelRotation = -120 * notches;
    wheel.m_linesPerAction = 3;
    over.ProcessWindowEvent(wheel);
}

void pressCtrlAlt(wxWindow& window, char letter)
{
    wxKeyEvent key(wxEVT_CHAR_HOOK);
    key.SetEventObject(&window);
    key.m_keyCode = letter;
    key.m_controlDown = true;
    key.m_altDown = true;
    window.ProcessWindowEvent(key);
}

int viewStart(const wxScrolledWindow& form)
{
    int x = 0;
    int y = 0;
    form.GetViewStart(&x, &y);
    return y;
}

int topInView(const wxScrolledWindow& form, const wxWindow& field)
{
    return form.ScreenToClient(field.GetScreenPosition()).y;
}

void placeAtTheBottom(wxScrolledWindow& form, const wxWindow& field)
{
    int unitX = 0;
    int unitY = 0;
    form.GetScrollPixelsPerUnit(&unitX, &unitY);
    if (unitY <= 0)
        return;  // the form does not scroll: the field is in view
    const int inForm = form.CalcUnscrolledPosition(wxPoint(0, topInView(form, field))).y;
    const int wanted = form.GetClientSize().y - field.GetSize().y - form.FromDIP(24);
    form.Scroll(0, std::max(0, (inForm - wanted + unitY - 1) / unitY));
    processEvents();
}

TestPractice::TestPractice()
{
    static std::atomic<int> counter = 0;
    m_folder = RunningApp::home() / ("forms-" + std::to_string(++counter));
    std::filesystem::create_directories(m_folder);
    m_practice = std::make_unique<app::PracticeContext>(m_folder / "practice.sqlite", db::OpenMode::CreateIfMissing,
                                                        "tester", RunningApp::app().clock());
}

TestPractice::~TestPractice() = default;

clients::ClientService& TestPractice::service()
{
    return m_practice->clientService();
}

sessions::SessionService& TestPractice::sessions()
{
    return m_practice->sessionService();
}

} // namespace knotwork::gui::testing
