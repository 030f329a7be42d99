#include "common/ui/number_field.h"

#include <algorithm>
#include <cmath>
#include <wx/numformatter.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/ui/accessibility.h"
#include "common/ui/field_error_markers.h"
#include "common/ui/field_key.h"
#include "common/ui/wx_text.h"

namespace knotwork::ui {

namespace {

// The locale's decimal separator, or a point, either way.
std::optional<double> parseNumber(wxString text)
{
    text.Trim(true).Trim(false);
    double value = 0;
    if (wxNumberFormatter::FromString(text, &value))
        return value;
    text.Replace(",", ".");
    if (text.ToCDouble(&value))
        return value;
    return std::nullopt;
}

} // namespace

NumberField::NumberField(wxWindow* parent, const std::string& name, const NumberSpec& spec,
                         const wxString& unitAndRange)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
              wxString::FromUTF8(name) + ".field"),
      m_spec(spec)
{
    m_text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_RIGHT,
                            wxDefaultValidator, wxString::FromUTF8(name));
    m_text->SetInitialSize(wxSize(m_text->GetTextExtent("00000.0").x + FromDIP(16), -1));
    m_unit = new wxStaticText(this, wxID_ANY, unitAndRange);
    labelNothing(*m_unit);  // the field's name says it

    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(m_text, wxSizerFlags().CentreVertical());
    sizer->Add(m_unit, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
    SetSizer(sizer);

    m_text->Bind(wxEVT_KEY_DOWN, &NumberField::onKey, this);
}

void NumberField::setValue(std::optional<double> value)
{
    m_text->SetValue(value ? wxNumberFormatter::ToString(*value, m_spec.decimals,
                                                         wxNumberFormatter::Style_NoTrailingZeroes)
                           : wxString());
}

void NumberField::setUnit(const wxString& unitAndRange)
{
    if (m_unit->GetLabel() == unitAndRange)
        return;
    m_unit->SetLabel(unitAndRange);
    sayName();
    InvalidateBestSize();
    relayoutForm(*this);
}

std::optional<double> NumberField::read(Validator& problems) const
{
    const wxString text = m_text->GetValue();
    if (text.Strip(wxString::both).empty())
        return std::nullopt;
    const std::optional<double> value = parseNumber(text);
    if (!value)
        problems.add(fieldKey(*this), "number", knotwork::ui::toUtf8(_("Enter a number here, such as 7.5, or leave it empty.")));
    return value;
}

std::optional<int> NumberField::readWhole(Validator& problems) const
{
    Validator local;
    const std::optional<double> value = read(local);
    if (!value && local.ok())
        return std::nullopt;
    if (!value || *value != std::floor(*value) || std::abs(*value) > 1e9) {
        problems.add(fieldKey(*this), "whole-number", knotwork::ui::toUtf8(_("Enter a whole number here, such as 12, or leave it empty.")));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

wxString NumberField::unit() const
{
    return m_unit->GetLabel();
}

void NumberField::SetFocus()
{
    m_text->SetFocus();
}

wxWindow& NumberField::focusControl()
{
    return *m_text;
}

void NumberField::nameAs(const wxString& name)
{
    m_name = name;
    sayName();
}

void NumberField::sayName()
{
    const wxString unit = m_unit->GetLabelText();
    if (!m_name.empty())
        setAccessibleName(*m_text, unit.empty() ? m_name : wxString::Format(_("%s, %s"), m_name, unit));
}

void NumberField::step(int steps)
{
    const std::optional<double> current = parseNumber(m_text->GetValue());
    const double next = current ? *current + steps * m_spec.step : m_spec.low;
    setValue(std::clamp(next, m_spec.low, m_spec.high));
    m_text->SetInsertionPointEnd();
}

void NumberField::onKey(wxKeyEvent& event)
{
    constexpr int kPage = 10;
    const int steps = [&event] {
        switch (event.GetKeyCode()) {
        case WXK_UP: return 1;
        case WXK_DOWN: return -1;
        case WXK_PAGEUP: return kPage;
        case WXK_PAGEDOWN: return -kPage;
        default: return 0;
        }
    }();
    if (steps != 0 && !event.HasAnyModifiers())
        step(steps);
    else
        event.Skip();
}

} // namespace knotwork::ui
