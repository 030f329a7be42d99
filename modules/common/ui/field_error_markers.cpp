#include "common/ui/field_error_markers.h"

#include <algorithm>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/field_naming.h"

namespace knotwork::ui {

namespace {

// The red of the safety badge: 6.6:1 on a white window.
const wxColour kErrorColour(0xB4, 0x23, 0x18);

wxStaticText* newErrorLine(wxWindow* parent, const std::string& key)
{
    auto* line = new wxStaticText(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                  wxString::FromUTF8(key + ".error"));
    line->SetForegroundColour(kErrorColour);
    line->Hide();
    return line;
}

wxSizer* stack(wxWindow* parent, wxSizerItem* item, FieldErrorMarkers& markers, wxWindow* focus,
               const std::string& key, bool expand)
{
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(item);
    if (expand)
        item->SetFlag(item->GetFlag() | wxEXPAND);
    if (!key.empty()) {
        wxStaticText* line = newErrorLine(parent, key);
        column->Add(line, wxSizerFlags().Border(wxTOP, parent->FromDIP(2)));
        markers.add(key, focus, line);
    }
    return column;
}

// Top-to-bottom, then left-to-right, as a person reads the form.
bool readsBefore(const wxWindow& a, const wxWindow& b)
{
    const wxPoint pa = a.GetScreenPosition();
    const wxPoint pb = b.GetScreenPosition();
    return pa.y != pb.y ? pa.y < pb.y : pa.x < pb.x;
}

} // namespace

void FieldErrorMarkers::add(const std::string& key, wxWindow* control, wxStaticText* message)
{
    m_fields[key] = Field{control, message};
    // wx made the line before the label of the control created after it (this field): untie it.
    if (wxStaticText* before = m_lastLine)
        labelNothing(*before);
    labelNothing(*message);
    m_lastLine = message;
}

void FieldErrorMarkers::setLabel(const std::string& key, wxStaticText* label)
{
    if (const auto field = m_fields.find(key); field != m_fields.end()) {
        field->second.label = label;
        nameField(*label, *field->second.control);
    }
}

wxWindow* FieldErrorMarkers::fieldForMnemonic(wxChar letter) const
{
    std::vector<wxWindow*> matching;
    for (const auto& [key, field] : m_fields) {
        if (!field.label || !field.control->IsShownOnScreen() || !field.control->IsEnabled())
            continue;
        const wxString text = field.label->GetLabel();
        const int at = text.Find('&');
        if (at != wxNOT_FOUND && static_cast<std::size_t>(at) + 1 < text.length()
            && wxToupper(text[static_cast<std::size_t>(at) + 1]) == wxToupper(letter)
            && std::find(matching.begin(), matching.end(), field.control) == matching.end())
            matching.push_back(field.control);
    }
    if (matching.empty())
        return nullptr;
    std::sort(matching.begin(), matching.end(), [](wxWindow* a, wxWindow* b) { return readsBefore(*a, *b); });
    const wxWindow* focused = wxWindow::FindFocus();
    for (std::size_t i = 0; i < matching.size(); ++i)
        if (focused && (focused == matching[i] || matching[i]->IsDescendant(const_cast<wxWindow*>(focused))))
            return matching[(i + 1) % matching.size()];
    return matching.front();
}

void FieldErrorMarkers::addAlias(const std::string& key, const std::string& shownOn)
{
    m_fields[key] = m_fields.at(shownOn);
}

void FieldErrorMarkers::wrapInCell(const std::string& key)
{
    m_fields.at(key).inCell = true;
}

void FieldErrorMarkers::removeWithPrefix(std::string_view prefix)
{
    std::erase_if(m_fields, [prefix](const auto& entry) { return entry.first.starts_with(prefix); });
}

std::vector<FieldProblem> FieldErrorMarkers::show(const std::vector<FieldProblem>& problems)
{
    std::vector<FieldProblem> unplaced;
    for (const FieldProblem& problem : problems) {
        const auto field = m_fields.find(problem.field);
        if (field == m_fields.end()) {
            unplaced.push_back(problem);
            continue;
        }
        wxStaticText& line = *field->second.message;
        const wxString earlier = line.IsShown() ? line.GetLabelText() + "\n" : wxString();
        line.SetLabelText(earlier + wxString::FromUTF8(problem.message));
        // As wide as the field, or a short line beside a narrow one (a date, a number); in a
        // table's cell, no wider than the cell.
        const int fieldWidth = field->second.control->GetSize().x;
        line.Wrap(field->second.inCell ? std::max(fieldWidth, line.FromDIP(120))
                                       : std::max(fieldWidth, line.FromDIP(340)));
        line.Show();
        // wx made the line the label of the control created after it: it describes its own field.
        labelNothing(line);
        describeField(*field->second.control, line.GetLabelText());
    }
    for (const auto& [key, field] : m_fields) {
        if (field.message->IsShown()) {
            relayoutForm(*field.message);
            break;
        }
    }
    return unplaced;
}

void FieldErrorMarkers::clear()
{
    wxStaticText* anyShown = nullptr;
    for (const auto& [key, field] : m_fields) {
        if (field.message->IsShown()) {
            field.message->SetLabelText(wxString());
            field.message->Hide();
            describeField(*field.control, wxString());
            anyShown = field.message;
        }
    }
    if (anyShown)
        relayoutForm(*anyShown);
}

bool FieldErrorMarkers::focusFirst() const
{
    wxWindow* first = nullptr;
    for (const auto& [key, field] : m_fields)
        if (field.message->IsShown() && (!first || readsBefore(*field.control, *first)))
            first = field.control;
    if (!first)
        return false;
    scrollIntoView(*first);
    first->SetFocus();
    return true;
}

wxString FieldErrorMarkers::messageFor(const std::string& key) const
{
    const auto field = m_fields.find(key);
    if (field == m_fields.end() || !field->second.message->IsShown())
        return {};
    return field->second.message->GetLabelText();
}

wxSizer* withErrorLine(wxWindow* parent, wxWindow* control, FieldErrorMarkers& markers,
                       const std::string& key, bool expand)
{
    return stack(parent, new wxSizerItem(control), markers, control, key, expand);
}

wxSizer* withErrorLine(wxWindow* parent, wxSizer* controls, wxWindow* focus,
                       FieldErrorMarkers& markers, const std::string& key, bool expand)
{
    return stack(parent, new wxSizerItem(controls), markers, focus, key, expand);
}

void relayoutForm(wxWindow& changed)
{
    for (wxWindow* window = changed.GetParent(); window; window = window->GetParent()) {
        window->Layout();
        if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(window))
            scrolled->FitInside();
        if (window->IsTopLevel())
            break;
    }
}

void scrollIntoView(wxWindow& window)
{
    wxScrolledWindow* scrolled = nullptr;
    for (wxWindow* parent = window.GetParent(); parent && !scrolled; parent = parent->GetParent())
        scrolled = dynamic_cast<wxScrolledWindow*>(parent);
    if (!scrolled)
        return;
    const wxPoint inView = scrolled->ScreenToClient(window.GetScreenPosition());
    const int margin = scrolled->FromDIP(48);  // room for the field's label and box title above
    if (inView.y >= margin && inView.y + window.GetSize().y <= scrolled->GetClientSize().y)
        return;
    int unitX = 0;
    int unitY = 0;
    scrolled->GetScrollPixelsPerUnit(&unitX, &unitY);
    if (unitY <= 0)
        return;
    const wxPoint inForm = scrolled->CalcUnscrolledPosition(inView);
    scrolled->Scroll(-1, std::max(0, (inForm.y - margin) / unitY));
}

} // namespace knotwork::ui
