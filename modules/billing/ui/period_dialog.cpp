#include "billing/ui/period_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_date.h"

namespace knotwork::billing::ui {

using namespace knotwork::ui;
using boost::gregorian::date;

namespace {

wxDatePickerCtrl* dayPicker(wxWindow* parent, const char* name, const wxString& tooltip)
{
    auto* picker = new wxDatePickerCtrl(parent, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                        wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, name);
    picker->SetToolTip(tooltip);
    return picker;
}

} // namespace

PeriodDialog::PeriodDialog(wxWindow* parent, const wxString& title, const wxString& okLabel, const Date& today,
                           std::optional<Date> visitDay)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE, "period-dialog")
{
    const Date thisMonth(today.year(), today.month(), 1);
    const Date lastMonth = thisMonth - boost::gregorian::months(1);
    wxArrayString names;
    if (visitDay) {
        m_presets.push_back({*visitDay, *visitDay});
        names.Add(wxString::Format(_("The chosen invoice's visit (%s)"), formatDate(*visitDay)));
    }
    m_presets.push_back({date(today.year(), 1, 1), today});
    names.Add(_("This year to date"));
    m_presets.push_back({date(today.year() - 1, 1, 1), date(today.year() - 1, 12, 31)});
    names.Add(wxString::Format(_("Last year (%d)"), static_cast<int>(today.year()) - 1));
    m_presets.push_back({thisMonth, today});
    names.Add(_("This month to date"));
    m_presets.push_back({lastMonth, thisMonth - boost::gregorian::days(1)});
    names.Add(_("Last month"));
    names.Add(_("Days picked below"));

    m_preset = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, names, 0, wxDefaultValidator,
                            "period-preset");
    m_preset->SetToolTip(_("The days the document covers; pick the first and last days for others"));
    m_from = dayPicker(this, "period-from", _("The first day the document covers"));
    m_to = dayPicker(this, "period-to", _("The last day the document covers"));
    m_problem = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "period-problem");
    labelNothing(*m_problem);

    auto* grid = new wxFlexGridSizer(2, relatedGap(*this), groupGap(*this));
    for (const auto& [label, control] : {std::pair{_("&Period:"), static_cast<wxWindow*>(m_preset)},
                                         std::pair{_("&From:"), static_cast<wxWindow*>(m_from)},
                                         std::pair{_("&To:"), static_cast<wxWindow*>(m_to)}}) {
        auto* caption = new wxStaticText(this, wxID_ANY, label);
        labelControl(*caption, *control);
        grid->Add(caption, wxSizerFlags().CentreVertical());
        grid->Add(control);
    }
    wxSizer* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    FindWindow(wxID_OK)->SetLabel(okLabel);
    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(grid, wxSizerFlags().Border(wxALL, groupGap(*this)));
    body->Add(m_problem, wxSizerFlags().Border(wxLEFT | wxRIGHT, groupGap(*this)));
    body->Add(buttons, wxSizerFlags().Expand().Border(wxALL, groupGap(*this)));
    SetSizerAndFit(body);

    m_preset->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { presetChosen(); });
    for (wxDatePickerCtrl* picker : {m_from, m_to})
        picker->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { daysPicked(); });
    m_preset->SetSelection(0);
    presetChosen();
    m_preset->SetFocus();
    Centre();
    keepWithinWorkArea(*this);
}

PeriodDialog::Period PeriodDialog::period() const
{
    const Date none(boost::gregorian::not_a_date_time);
    return {fromWxDate(m_from->GetValue()).value_or(none), fromWxDate(m_to->GetValue()).value_or(none)};
}

void PeriodDialog::presetChosen()
{
    const auto chosen = static_cast<std::size_t>(m_preset->GetSelection());
    if (chosen < m_presets.size()) {
        m_from->SetValue(toWxDate(m_presets[chosen].from));
        m_to->SetValue(toWxDate(m_presets[chosen].to));
    }
    daysPicked();
}

void PeriodDialog::daysPicked()
{
    const Period days = period();
    std::size_t preset = 0;
    while (preset < m_presets.size() && (m_presets[preset].from != days.from || m_presets[preset].to != days.to))
        ++preset;
    m_preset->SetSelection(static_cast<int>(preset));  // the last entry: days picked
    const bool inOrder = !days.from.is_special() && !days.to.is_special() && days.from <= days.to;
    m_problem->SetLabel(inOrder ? wxString() : wxString(_("The last day must be on or after the first.")));
    FindWindow(wxID_OK)->Enable(inOrder);
    Layout();
}

} // namespace knotwork::billing::ui
