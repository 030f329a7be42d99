#include "sessions/ui/home_programme_rows.h"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/ui/choice_controls.h"
#include "common/ui/choice_text.h"
#include "common/ui/field_naming.h"
#include "common/ui/form_grid.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/tab_group.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "sessions/session_choices.h"

namespace knotwork::sessions::ui {

using namespace knotwork::ui;

HomeProgrammeRows::HomeProgrammeRows(FormGrid& box)
{
    wxWindow* parent = box.parent();
    m_line = new wxStaticText(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                              "subjective.home_care_given");
    m_line->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    box.addWide(m_line);
    std::vector<std::pair<wxString, wxString>> answers;
    for (const auto& answer : choices<Adherence>())
        answers.emplace_back(labelText(answer.value), wxString::FromUTF8(std::string(answer.key)));
    auto* grid = new wxFlexGridSizer(2, relatedGap(*parent), groupGap(*parent));
    std::vector<wxWindow*> group;
    for (const auto& choice : choices<HomeCare>()) {
        const std::string key = "subjective.home_care_adherence." + std::string(choice.key);
        auto* label = new wxStaticText(parent, wxID_ANY, labelText(choice.value));
        ScaleButtons* kept = ScaleButtons::choice(parent, wxString::FromUTF8(key), answers);
        group.push_back(kept);
        grid->Add(label, wxSizerFlags().CenterVertical());
        grid->Add(withErrorLine(parent, kept, box.markers(), key, false));
        box.markers().setLabel(key, label);
        nameField(*label, *kept);
        // A reader says the item with its answer: "Neck and shoulder stretches, kept, Some days".
        nameField(*kept, wxString::Format(_("%s, kept"), labelText(choice.value)));
        m_rows.push_back({choice.value, label, kept});
    }
    // One Tab stop: Up and Down go from item to item, Left and Right answer.
    oneTabStop(group, GroupArrows::UpDown);
    m_commentLabel = new wxStaticText(parent, wxID_ANY, _("Client's co&mment"));
    m_comment = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                               "subjective.adherence_notes");
    m_comment->SetHint(_("what helped or got in the way"));
    m_comment->SetMinSize(wxSize(parent->FromDIP(360), -1));
    grid->Add(m_commentLabel, wxSizerFlags().CenterVertical());
    grid->Add(withErrorLine(parent, m_comment, box.markers(), "subjective.adherence_notes", false));
    box.markers().setLabel("subjective.adherence_notes", m_commentLabel);
    nameField(*m_commentLabel, *m_comment);
    box.addWide(grid);
    showLastVisit(std::nullopt, {});
}

std::vector<wxWindow*> HomeProgrammeRows::controls() const
{
    std::vector<wxWindow*> controls;
    for (const Row& row : m_rows)
        controls.push_back(row.kept);
    controls.push_back(m_comment);
    return controls;
}

void HomeProgrammeRows::showLastVisit(const std::optional<Date>& visit, const std::set<HomeCare>& given)
{
    if (!visit)
        m_line->SetLabel(_("First visit: no home programme was given before."));
    else if (given.empty())
        m_line->SetLabel(wxString::Format(_("The last visit, %s, gave no home care."), formatDate(*visit)));
    else
        m_line->SetLabel(wxString::Format(_("Given at the last visit, %s: how did the client keep each since?"),
                                          formatDate(*visit)));
    for (const Row& row : m_rows) {
        row.label->Show(given.contains(row.item));
        row.kept->Show(given.contains(row.item));
    }
    m_commentLabel->Show(!given.empty());
    m_comment->Show(!given.empty());
    relayoutForm(*m_line);
}

void HomeProgrammeRows::load(const Subjective& s)
{
    for (const Row& row : m_rows) {
        const auto answer = std::ranges::find(s.homeCareAdherence, row.item, &HomeCareAdherence::item);
        row.kept->setValue(answer == s.homeCareAdherence.end() ? std::nullopt
                                                               : std::optional(choiceIndex(answer->done)));
    }
    m_comment->ChangeValue(toWx(s.adherenceNotes));
}

void HomeProgrammeRows::store(Subjective& s) const
{
    s.homeCareAdherence.clear();
    for (const Row& row : m_rows)
        if (row.kept->IsShown())
            if (const std::optional<int> kept = row.kept->value())
                s.homeCareAdherence.push_back({row.item, choiceAt<Adherence>(*kept)});
    s.adherenceNotes = trimmedText(*m_comment);
}

} // namespace knotwork::sessions::ui
