#include "common/ui/conflict_dialog.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/sizer.h>

#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/spacing.h"
#include "common/ui/text_table.h"
#include "common/ui/work_area.h"
#include "common/ui/wrapping_text.h"

namespace knotwork::ui {

std::vector<FieldDifference> differingFields(const FieldTexts& yours, const FieldTexts& theirs)
{
    const auto valueIn = [](const FieldTexts& fields, const wxString& label) {
        const auto found = std::ranges::find(fields, label, &FieldText::label);
        return found == fields.end() ? wxString() : found->value;
    };
    std::vector<FieldDifference> differences;
    for (const FieldText& field : yours)
        if (const wxString other = valueIn(theirs, field.label); other != field.value)
            differences.push_back({field.label, field.value, other});
    for (const FieldText& field : theirs)
        if (std::ranges::find(yours, field.label, &FieldText::label) == yours.end() && !field.value.empty())
            differences.push_back({field.label, wxString(), field.value});
    return differences;
}

ConflictDialog::ConflictDialog(wxWindow* parent, const wxString& record, const FieldTexts& yours,
                               const FieldTexts& theirs)
    : wxDialog(parent, wxID_ANY, _("Changed at another desk"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "conflict-dialog")
{
    const std::vector<FieldDifference> differences = differingFields(yours, theirs);
    const wxString said =
        differences.empty()
            ? wxString::Format(_("Someone at another desk saved %s after you opened it, changing nothing this "
                                 "form shows. Nothing of yours is saved yet."),
                               record)
            : wxString::Format(_("Someone at another desk saved %s after you opened it. Nothing of yours is saved "
                                 "yet. These fields differ:"),
                               record);
    auto* explanation = new WrappingText(this, said, "conflict-explanation", 360);
    m_table = new TextTable(this, "conflict-fields", _("Fields that differ"),
                            {{_("Field"), 150, 220}, {_("Yours"), 220, 0, true}, {_("Saved at the other desk"), 220, 320}},
                            FromDIP(wxSize(680, 200)));
    std::vector<TextTable::Row> rows;
    for (const FieldDifference& difference : differences)
        rows.push_back({{difference.label, difference.yours, difference.theirs}});
    m_table->setRows(std::move(rows));
    m_table->fitColumnsToContent();

    auto* keepMine = new wxButton(this, wxID_ANY, _("&Keep mine"), wxDefaultPosition, wxDefaultSize, 0,
                                  wxDefaultValidator, "conflict-keep-mine");
    keepMine->SetToolTip(_("Save your version over the one saved at the other desk"));
    auto* takeTheirs = new wxButton(this, wxID_ANY, _("&Take theirs"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "conflict-take-theirs");
    takeTheirs->SetToolTip(_("Show the version saved at the other desk, discarding what you typed"));
    auto* goBack = new wxButton(this, wxID_CANCEL, _("&Go back"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "conflict-go-back");
    goBack->SetToolTip(_("Keep editing; nothing is saved"));
    goBack->SetDefault();  // Enter does nothing that cannot be undone
    SetEscapeId(wxID_CANCEL);
    for (wxButton* button : {keepMine, takeTheirs, goBack})
        setAccessibleName(*button, wxStripMenuCodes(button->GetLabel()));

    keepMine->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose(ConflictChoice::KeepMine); });
    takeTheirs->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose(ConflictChoice::TakeTheirs); });
    goBack->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose(ConflictChoice::GoBack); });

    const int gap = groupGap(*this);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(keepMine, wxSizerFlags().Border(wxRIGHT, gap / 2));
    buttons->Add(takeTheirs);
    buttons->AddStretchSpacer();
    buttons->Add(goBack);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(explanation, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(kWindowMargin)));
    sizer->Add(m_table, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(kWindowMargin)));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(kWindowMargin)));
    SetSizer(sizer);
    fitToWorkArea(*this);
    CentreOnParent();
    m_table->SetFocus();
}

void ConflictDialog::choose(ConflictChoice choice)
{
    m_choice = choice;
    if (IsModal())
        EndModal(choice == ConflictChoice::GoBack ? wxID_CANCEL : wxID_OK);
    else
        Hide();
}

ConflictChoice askAboutConflict(wxWindow* parent, const wxString& record, const FieldTexts& yours,
                                const FieldTexts& theirs)
{
    ConflictDialog dialog(parent, record, yours, theirs);
    dialog.ShowModal();
    return dialog.choice();
}

} // namespace knotwork::ui
