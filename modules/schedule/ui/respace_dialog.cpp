#include "schedule/ui/respace_dialog.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "common/ui/accessibility.h"
#include "common/ui/spacing.h"
#include "common/ui/text_table.h"
#include "common/ui/work_area.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_text.h"
#include "plans/plan_reminders.h"
#include "schedule/ui/schedule_text.h"

namespace knotwork::schedule::ui {

using knotwork::ui::TextTable;

namespace {

const Appointment* visitOf(const RespacePreview& preview, AppointmentId id)
{
    const auto found = std::ranges::find(preview.remaining, id, &Appointment::id);
    return found == preview.remaining.end() ? nullptr : &*found;
}

std::vector<TextTable::Row> changeRows(const RespacePreview& preview)
{
    std::vector<TextTable::Row> rows;
    for (const ProposedVisit& proposal : preview.respacing.visits) {
        const Appointment* visit = proposal.moves ? visitOf(preview, *proposal.moves) : nullptr;
        if (!visit)
            continue;
        if (!proposal.booked)
            rows.push_back({{shortDayAndTime(visit->start), _("Keeps its time: no free time near the new one")}});
        else if (*proposal.booked != visit->start)
            rows.push_back({{shortDayAndTime(visit->start), wxString::Format(_("Moves to %s"), shortDayAndTime(*proposal.booked))}});
    }
    for (const AppointmentId id : preview.respacing.noLongerNeeded)
        if (const Appointment* visit = visitOf(preview, id))
            rows.push_back({{shortDayAndTime(visit->start), _("Cancelled: the new phase asks for fewer visits")}});
    return rows;
}

} // namespace

bool RespaceDialog::changesAnything(const RespacePreview& preview)
{
    if (!preview.respacing.noLongerNeeded.empty())
        return true;
    return std::ranges::any_of(preview.respacing.visits, [&](const ProposedVisit& proposal) {
        const Appointment* visit = proposal.moves ? visitOf(preview, *proposal.moves) : nullptr;
        return visit && proposal.booked && *proposal.booked != visit->start;
    });
}

RespaceDialog::RespaceDialog(wxWindow* parent, const wxString& clientName, const plans::TreatmentPlan& plan,
                             const RespacePreview& preview)
    : wxDialog(parent, wxID_ANY, _("Re-space the visits?"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "respace-dialog")
{
    const plans::FrequencyPhase* phase = plan.phase();
    auto* question = new knotwork::ui::WrappingText(
        this,
        wxString::Format(_("%s's plan has moved to phase %d: %s. Re-space the visits booked for it to the new "
                           "rhythm? Nothing changes unless you choose to."),
                         clientName, plan.currentPhase + 1,
                         phase ? knotwork::ui::toWx(plans::describePhase(*phase)) : wxString()),
        "respace-question", 420);
    knotwork::ui::labelNothing(*question);
    m_list = new TextTable(this, "respace-changes", _("Changes to the visits"),
                           {{_("Visit booked"), 250}, {_("Becomes"), 330}}, FromDIP(wxSize(-1, 180)));
    m_list->setRows(changeRows(preview));
    m_list->fitColumnsToContent();

    auto* buttons = new wxStdDialogButtonSizer;
    buttons->AddButton(new wxButton(this, wxID_OK, _("&Re-space these visits")));
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("&Leave them as they are")));
    buttons->Realize();

    const int margin = FromDIP(knotwork::ui::kWindowMargin);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(question, wxSizerFlags().Expand().Border(wxALL, margin));
    column->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, margin));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, margin));
    SetSizerAndFit(column);
    Centre();
    knotwork::ui::keepWithinWorkArea(*this);
    knotwork::ui::keepWithinWorkAreaWhenResized(*this);
    m_list->SetFocus();
}

} // namespace knotwork::schedule::ui
