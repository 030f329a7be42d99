#include "schedule/ui/settings_page.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/number_text.h"
#include "common/ui/form_grid.h"
#include "common/ui/wx_text.h"

namespace knotwork::schedule::ui {

wxButton* layOutPage(wxWindow& page, std::initializer_list<wxSizer*> forms, const wxString& saveLabel,
                     const wxString& name, std::function<void()> onSave)
{
    auto* save = new wxButton(&page, wxID_ANY, saveLabel, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                              name);
    save->Bind(wxEVT_BUTTON, [onSave = std::move(onSave)](wxCommandEvent&) { onSave(); });
    const int gap = knotwork::ui::relatedGap(page);
    auto* column = new wxBoxSizer(wxVERTICAL);
    for (wxSizer* form : forms)
        column->Add(form, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    column->Add(save, wxSizerFlags().Border(wxALL, gap));
    page.SetSizer(column);
    return save;
}

void collectProblems(Validator& problems, const std::function<void()>& read)
{
    try {
        read();
    } catch (const ValidationError& error) {
        for (const FieldProblem& problem : error.problems())
            problems.add(problem.field, problem.rule, problem.message);
    }
}

long long readAmount(const wxTextCtrl& field, const std::string& key, const wxString& label, Validator& problems)
{
    long long cents = 0;
    collectProblems(problems, [&] { cents = parseAmountCents(knotwork::ui::trimmedText(field), key,
                                                             knotwork::ui::toUtf8(label)); });
    return cents;
}

} // namespace knotwork::schedule::ui
