#include "common/ui/scale_buttons.h"

#include <algorithm>
#include <wx/dcclient.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/tglbtn.h>

#include "common/ui/accessibility.h"
#include "common/ui/focus_frame.h"
#include "common/ui/native_size.h"

namespace knotwork::ui {

namespace {

// Room around the buttons for the frame that shows the row has the focus.
constexpr int kFrame = 3;

} // namespace

ScaleButtons::ScaleButtons(wxWindow* parent, const wxString& name, const wxString& anchors, int low, int high)
    : ScaleButtons(parent, name, anchors, low, numbered(low, high), true)
{
}

ScaleButtons* ScaleButtons::yesNo(wxWindow* parent, const wxString& name)
{
    return new ScaleButtons(parent, name, wxString(), 0, {{_("No"), "no"}, {_("Yes"), "yes"}}, false);
}

ScaleButtons* ScaleButtons::choice(wxWindow* parent, const wxString& name, const std::vector<Option>& options)
{
    return new ScaleButtons(parent, name, wxString(), 0, options, false);
}

std::vector<ScaleButtons::Option> ScaleButtons::numbered(int low, int high)
{
    std::vector<Option> options;
    for (int score = low; score <= high; ++score)
        options.emplace_back(wxString::Format("%d", score), wxString::Format("%d", score));
    return options;
}

ScaleButtons::ScaleButtons(wxWindow* parent, const wxString& name, const wxString& anchors, int low,
                           const std::vector<Option>& options, bool numbered)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE, name),
      m_low(low),
      m_numbered(numbered)
{
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    // Buttons of one width, small enough for eleven in a row; their padding is narrowed so that
    // GTK draws their label (a button narrower than the theme's minimum shows no label at all).
    int width = FromDIP(34);
    for (const auto& [label, suffix] : options)
        width = std::max(width, GetTextExtent(label).x + FromDIP(20));
    for (const auto& [label, suffix] : options) {
        auto* button = new wxToggleButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT,
                                          wxDefaultValidator, name + "." + suffix);
        narrowSidePadding(*button);
        button->InvalidateBestSize();  // measured with the theme's padding when created
        button->SetMinSize(wxSize(width, -1));
        button->DisableFocusFromKeyboard();  // the row is the Tab stop
        button->Bind(wxEVT_TOGGLEBUTTON, &ScaleButtons::onToggle, this);
        row->Add(button, wxSizerFlags().Border(wxRIGHT, FromDIP(2)));
        m_buttons.push_back(button);
    }
    if (!anchors.empty()) {
        auto* hint = new wxStaticText(this, wxID_ANY, anchors);
        hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        labelNothing(*hint);
        row->Add(hint, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    }
    auto* framed = new wxBoxSizer(wxHORIZONTAL);
    framed->Add(row, wxSizerFlags().Border(wxALL, FromDIP(kFrame)));
    SetSizer(framed);

    setAccessibleRole(*this, AccessibleRole::Panel);
    showChosen();  // named by its label once a form gives it one (nameAs)
    Bind(wxEVT_KEY_DOWN, &ScaleButtons::onKey, this);
    Bind(wxEVT_PAINT, &ScaleButtons::onPaint, this);
    redrawOnFocus(*this);
}

void ScaleButtons::setValue(std::optional<int> value)
{
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->SetValue(value && *value == m_low + static_cast<int>(i));
    showChosen();
}

void ScaleButtons::nameAs(const wxString& name)
{
    m_name = name;
    showChosen();
}

void ScaleButtons::showChosen()
{
    // Themes draw a pressed toggle button only a shade darker: the chosen score is bold too.
    for (wxToggleButton* button : m_buttons)
        button->SetFont(button->GetValue() ? GetFont().Bold() : GetFont());
    const std::optional<int> chosen = value();
    wxString answer;
    if (!chosen)
        answer = _("not answered");
    else if (m_numbered)
        /* TRANSLATORS: a scale's chosen score: "7 of 10" */
        answer = wxString::Format(_("%d of %d"), *chosen, high());
    else
        answer = button(*chosen)->GetLabelText();
    /* TRANSLATORS: a scale's name and its answer: "Stress, 7 of 10" */
    setAccessibleName(*this, m_name.empty() ? answer : wxString::Format(_("%s, %s"), m_name, answer));
}

std::optional<int> ScaleButtons::value() const
{
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        if (m_buttons[i]->GetValue())
            return m_low + static_cast<int>(i);
    return std::nullopt;
}

wxToggleButton* ScaleButtons::button(int score) const
{
    const int index = score - m_low;
    return index >= 0 && index < static_cast<int>(m_buttons.size()) ? m_buttons[static_cast<std::size_t>(index)]
                                                                      : nullptr;
}

void ScaleButtons::onToggle(wxCommandEvent& event)
{
    for (wxToggleButton* button : m_buttons)
        if (button != event.GetEventObject())
            button->SetValue(false);
    showChosen();
    SetFocus();  // the keyboard goes on from the row, not from the button clicked
    event.Skip();  // the form notes the change
}

std::optional<int> ScaleButtons::chosenByKey(const wxKeyEvent& event) const
{
    const std::optional<int> now = value();
    int key = event.GetKeyCode();
    // A scale's Up and Down move the score; a yes/no row's go on to the next question.
    if (m_numbered && (key == WXK_DOWN || key == WXK_NUMPAD_DOWN))
        key = WXK_LEFT;
    if (m_numbered && (key == WXK_UP || key == WXK_NUMPAD_UP))
        key = WXK_RIGHT;
    switch (key) {
    case WXK_LEFT:
    case WXK_NUMPAD_LEFT: return now ? std::max(m_low, *now - 1) : m_low;
    case WXK_RIGHT:
    case WXK_NUMPAD_RIGHT: return now ? std::min(high(), *now + 1) : m_low;
    case WXK_HOME:
    case WXK_NUMPAD_HOME: return m_low;
    case WXK_END:
    case WXK_NUMPAD_END: return high();
    case WXK_DELETE:
    case WXK_BACK:
    case WXK_NUMPAD_DELETE: return std::nullopt;
    default: break;
    }
    const wxChar typed = static_cast<wxChar>(wxToupper(event.GetUnicodeKey()));
    for (int score = m_low; score <= high(); ++score) {
        const wxString label = button(score)->GetLabelText();
        if (m_numbered ? label == wxString(typed) : wxToupper(label[0]) == typed)
            return score;
    }
    return now;
}

void ScaleButtons::onKey(wxKeyEvent& event)
{
    if (event.HasAnyModifiers() && event.GetModifiers() != wxMOD_SHIFT) {
        event.Skip();
        return;
    }
    const std::optional<int> now = value();
    const int key = event.GetKeyCode();
    const std::optional<int> next = chosenByKey(event);
    const bool clears = key == WXK_DELETE || key == WXK_BACK || key == WXK_NUMPAD_DELETE;
    if (next == now && !clears) {
        // A key that chooses nothing here (Tab, Enter, Escape) does what it does elsewhere.
        const bool movesWithin = key == WXK_LEFT || key == WXK_RIGHT || key == WXK_HOME || key == WXK_END
                                 || (m_numbered && (key == WXK_UP || key == WXK_DOWN));
        if (!movesWithin)
            event.Skip();
        return;
    }
    choose(next);
}

void ScaleButtons::choose(std::optional<int> chosen)
{
    if (chosen == value())
        return;
    setValue(chosen);
    wxCommandEvent changed(wxEVT_TOGGLEBUTTON, GetId());
    changed.SetEventObject(chosen ? static_cast<wxWindow*>(button(*chosen)) : this);
    changed.SetInt(chosen ? 1 : 0);
    ProcessWindowEvent(changed);
}

void ScaleButtons::onPaint(wxPaintEvent&)
{
    wxPaintDC dc(this);
    if (!HasFocus() || m_buttons.empty())
        return;
    // The frame goes round the buttons, in the colour the theme gives a selection.
    wxRect around = m_buttons.front()->GetRect().Union(m_buttons.back()->GetRect());
    around.Inflate(FromDIP(kFrame) - 1);
    dc.SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), FromDIP(2)));
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    dc.DrawRectangle(around);
}

} // namespace knotwork::ui
