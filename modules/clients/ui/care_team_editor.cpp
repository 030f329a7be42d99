#include "clients/ui/care_team_editor.h"

#include <wx/choice.h>
#include <wx/textctrl.h>

#include "common/ui/choice_controls.h"
#include "common/ui/ellipsized_choice.h"
#include "common/ui/form_grid.h"
#include "common/ui/optional_date_field.h"
#include "clients/ui/provider_directory.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

CareTeamEditor::CareTeamEditor(wxWindow* parent, FieldErrorMarkers& markers, ProviderDirectory& directory)
    : RecordRowsEditor(parent, markers, "care_team",
                       {{_("Provider"), 3}, {_("Relation"), 0}, {_("Since"), 0}, {_("Referral reason"), 2}},
                       _("No provider on the care team yet."), _("Add &care-team provider")),
      m_directory(directory)
{
    nameRows(_("Care-team provider %d"));
    m_directory.onChange([this] { refresh(); });
}

void CareTeamEditor::createRow(std::size_t index)
{
    const CareTeamMember& member = rowAt(index);
    CareTeamRowControls row{};
    m_listed = m_directory.ids();
    row.provider = new EllipsizedChoice(parent(), m_directory.labels(), cellName(index, "provider_id"));
    if (const auto at = m_directory.indexOf(member.providerId))
        row.provider->SetSelection(static_cast<int>(*at));
    row.provider->SetMinSize(wxSize(parent()->FromDIP(180), -1));
    addCell(index, row.provider, "provider_id");

    row.relation = new wxChoice(parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                choiceLabels<CareRelation>(), 0, wxDefaultValidator, cellName(index, "relation"));
    row.relation->SetSelection(choiceIndex(member.relation));
    addCell(index, row.relation, "relation");

    row.since = new OptionalDateField(parent(), cellName(index, "since"), _("Known"));
    row.since->setDate(member.since);
    addCell(index, row.since, "since");

    row.reason = new wxTextCtrl(parent(), wxID_ANY, knotwork::ui::toWx(member.referralReason), wxDefaultPosition,
                                wxDefaultSize, 0, wxDefaultValidator, cellName(index, "referral_reason"));
    addCell(index, row.reason, "referral_reason");
    m_controls.push_back(row);
}

std::vector<CareTeamMember> CareTeamEditor::rows() const
{
    std::vector<CareTeamMember> team;
    for (const CareTeamRowControls& row : m_controls) {
        CareTeamMember member;
        const int provider = row.provider->GetSelection();
        if (provider != wxNOT_FOUND)
            member.providerId = m_listed.at(static_cast<std::size_t>(provider));
        member.relation = choiceAt<CareRelation>(row.relation->GetSelection());
        member.since = row.since->date();
        member.referralReason = trimmedText(*row.reason);
        team.push_back(member);
    }
    return team;
}

} // namespace knotwork::clients::ui
