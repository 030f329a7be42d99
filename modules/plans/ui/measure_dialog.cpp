#include "plans/ui/measure_dialog.h"

#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>

#include "common/ui/field_error_markers.h"
#include "common/ui/field_naming.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "plans/measure_scoring.h"
#include "plans/plan_choices.h"

namespace knotwork::plans::ui {

using knotwork::ui::toWx;

namespace {

enum Page { NdiPage, HdiPage, ActivitiesPage, TotalsPage };
constexpr int kMostActivities = 5;

// The NDI's section topics (DOMAIN.md), to find the row matching the paper form.
const char* const kNdiSectionNames[kNdiSections] = {
    N_("Pain intensity"), N_("Personal care"), N_("Lifting"),  N_("Reading"),  N_("Headaches"),
    N_("Concentration"),  N_("Work"),          N_("Driving"),  N_("Sleeping"), N_("Recreation"),
};

Page pageOf(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::Ndi:
        return NdiPage;
    case MeasureKind::Hdi:
        return HdiPage;
    case MeasureKind::Psfs:
    case MeasureKind::FunctionalRating:
        return ActivitiesPage;
    default:
        return TotalsPage;
    }
}

std::string key(const char* list, int index, const char* field = nullptr)
{
    return std::string(list) + "[" + std::to_string(index) + "]" + (field ? std::string(".") + field : "");
}

} // namespace

MeasureDialog::MeasureDialog(wxWindow* parent, PlanService& service, ClientId client, const wxString& clientName)
    : RecordDialog(parent, wxString::Format(_("Record a measure for %s"), clientName), "measure-dialog"),
      m_service(service),
      m_client(client)
{
    knotwork::ui::FormGrid form(this, _("Measure"), markers());
    m_kind = new wxChoice(form.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                          wxDefaultValidator, "kind");
    for (const auto& choice : choices<MeasureKind>())
        m_kind->Append(toWx(labelOf(choice.value)));
    form.add(_("&Measure"), m_kind, knotwork::ui::FieldWidth::Natural);
    m_takenOn = new wxDatePickerCtrl(form.parent(), wxID_ANY, knotwork::ui::toWxDate(service.today()),
                                     wxDefaultPosition, wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY,
                                     wxDefaultValidator, "taken_on");
    form.add(_("&Date answered"), m_takenOn, knotwork::ui::FieldWidth::Natural);

    m_pages = new wxSimplebook(form.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "measure-pages");
    m_pages->AddPage(ndiPage(m_pages), wxString());
    m_pages->AddPage(hdiPage(m_pages), wxString());
    m_pages->AddPage(activitiesPage(m_pages), wxString());
    m_pages->AddPage(totalsPage(m_pages), wxString());
    form.addWide(m_pages);
    m_notes = form.addMultiLine(_("N&otes"), "notes", 2);
    m_notes->MoveBeforeInTabOrder(m_pages);  // a row of the grid, above the pages under it
    m_score = new wxStaticText(form.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "score");
    m_score->SetFont(m_score->GetFont().Bold());
    form.addNatural(m_score);
    form.addNote(_("Enter the client's answers from the paper form by section or item number. A measure "
                   "cannot be changed once recorded; one entered in error is voided and entered again."));

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Record measure"));
    m_kind->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { setKind(choices<MeasureKind>()[m_kind->GetSelection()].value); });
    Bind(wxEVT_TOGGLEBUTTON, [this](wxCommandEvent& event) { updateScore(); event.Skip(); });
    Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) { updateScore(); event.Skip(); });
    Bind(wxEVT_TEXT, [this](wxCommandEvent& event) { updateScore(); event.Skip(); });
    setKind(MeasureKind::Ndi);
    markUnchanged();
    SetMinSize(FromDIP(wxSize(720, -1)));
    Fit();
    Centre();
    m_kind->SetFocus();
}

wxWindow* MeasureDialog::ndiPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    // Two columns of five sections, numbered down each column.
    constexpr int kRows = kNdiSections / 2;
    auto* grid = new wxFlexGridSizer(4, wxSize(knotwork::ui::groupGap(*this), knotwork::ui::relatedGap(*this) / 2));
    m_ndi.resize(kNdiSections);
    for (int row = 0; row < kRows; ++row) {
        for (int i : {row, row + kRows}) {
            m_ndi[i] = new knotwork::ui::ScaleButtons(page, wxString::Format("ndi-%d", i + 1), wxString(), 0, 5);
            auto* label = new wxStaticText(page, wxID_ANY,
                                           wxString::Format(_("%d. %s"), i + 1, wxGetTranslation(kNdiSectionNames[i])));
            grid->Add(label, wxSizerFlags().CentreVertical());
            grid->Add(knotwork::ui::withErrorLine(page, m_ndi[i], markers(), key("answers", i), false));
            markers().setLabel(key("answers", i), label);
        }
    }
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(new wxStaticText(page, wxID_ANY, _("Each section 0 (no disability) to 5; leave a skipped section "
                                                   "empty (at most two).")),
                wxSizerFlags().Border(wxBOTTOM, knotwork::ui::relatedGap(*this)));
    column->Add(grid);
    page->SetSizer(column);
    return page;
}

wxWindow* MeasureDialog::hdiPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    const int gap = knotwork::ui::relatedGap(*this);
    // Three columns of items, numbered down each column as on the paper form's page.
    constexpr int kColumns = 3;
    constexpr int kRows = (kHdiItems + kColumns - 1) / kColumns;
    auto* grid = new wxFlexGridSizer(2 * kColumns, wxSize(knotwork::ui::groupGap(*this), gap / 2));
    // The first choice is "not answered"; the others are the HdiAnswers in their order.
    const wxString answers[] = {_("—"), wxString::Format(_("Yes (%d)"), hdiPoints(HdiAnswer::Yes)),
                                wxString::Format(_("Sometimes (%d)"), hdiPoints(HdiAnswer::Sometimes)),
                                wxString::Format(_("No (%d)"), hdiPoints(HdiAnswer::No))};
    m_hdi.resize(kHdiItems);
    for (int row = 0; row < kRows; ++row) {
        for (int column = 0; column < kColumns; ++column) {
            const int item = column * kRows + row;
            if (item >= kHdiItems) {
                grid->AddSpacer(0);
                grid->AddSpacer(0);
                continue;
            }
            const wxString subscale = hdiItemIsEmotional(item + 1) ? _("E") : _("F");
            auto* label = new wxStaticText(page, wxID_ANY, wxString::Format(_("Item %d (%s)"), item + 1, subscale));
            grid->Add(label, wxSizerFlags().CentreVertical());
            m_hdi[item] = new wxChoice(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, 4, answers, 0,
                                       wxDefaultValidator, wxString::Format("hdi-%d", item + 1));
            m_hdi[item]->SetSelection(0);
            grid->Add(knotwork::ui::withErrorLine(page, m_hdi[item], markers(), key("answers", item), false));
            markers().setLabel(key("answers", item), label);
        }
    }
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(new wxStaticText(page, wxID_ANY, _("Every item answered yes, sometimes or no; E emotional, "
                                                   "F functional.")),
                wxSizerFlags().Border(wxBOTTOM, gap));
    column->Add(grid);
    page->SetSizer(column);
    return page;
}

wxWindow* MeasureDialog::activitiesPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    const int gap = knotwork::ui::relatedGap(*this);
    auto* grid = new wxFlexGridSizer(2, wxSize(gap, gap / 2));
    grid->AddGrowableCol(0);
    for (int i = 0; i < kMostActivities; ++i) {
        auto* text = new wxTextCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(260, -1)), 0,
                                    wxDefaultValidator, wxString::Format("activity-%d", i + 1));
        text->SetHint(wxString::Format(_("Activity %d in the client's words"), i + 1));
        auto* scale = new knotwork::ui::ScaleButtons(page, wxString::Format("rating-%d", i + 1), wxString());
        knotwork::ui::nameField(*text, wxString::Format(_("Activity %d"), i + 1));
        knotwork::ui::nameField(*scale, wxString::Format(_("Activity %d, rating"), i + 1));
        grid->Add(knotwork::ui::withErrorLine(page, text, markers(), key("activities", i, "activity"), true),
                  wxSizerFlags().Expand());
        grid->Add(knotwork::ui::withErrorLine(page, scale, markers(), key("activities", i, "rating"), false));
        m_activities.push_back(text);
        m_ratings.push_back(scale);
    }
    auto* column = new wxBoxSizer(wxVERTICAL);
    m_activitiesHelp = new wxStaticText(page, wxID_ANY, wxString());
    column->Add(m_activitiesHelp, wxSizerFlags().Border(wxBOTTOM, gap));
    column->Add(grid, wxSizerFlags().Expand());
    page->SetSizer(column);
    return page;
}

wxWindow* MeasureDialog::totalsPage(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    const int gap = knotwork::ui::relatedGap(*this);
    auto* grid = new wxFlexGridSizer(2, wxSize(gap, gap));
    m_nprs = new knotwork::ui::ScaleButtons(page, "nprs", _("0 no pain · 10 worst imaginable"));
    m_hit6 = new knotwork::ui::NumberField(page, "hit6", {kHit6Lowest, kHit6Highest, 1, 0},
                                          _("(36–78, the total on the client's form)"));
    auto* nprs = new wxStaticText(page, wxID_ANY, _("NPRS"));
    grid->Add(nprs, wxSizerFlags().CentreVertical());
    grid->Add(knotwork::ui::withErrorLine(page, m_nprs, markers(), "nprs", false));
    markers().setLabel("nprs", nprs);
    auto* hit6 = new wxStaticText(page, wxID_ANY, _("HIT-6 total"));
    grid->Add(hit6, wxSizerFlags().CentreVertical());
    grid->Add(knotwork::ui::withErrorLine(page, m_hit6, markers(), "hit6", false));
    markers().setLabel("hit6", hit6);
    page->SetSizer(grid);
    return page;
}

void MeasureDialog::setKind(MeasureKind kind)
{
    for (std::size_t i = 0; i < choices<MeasureKind>().size(); ++i)
        if (choices<MeasureKind>()[i].value == kind)
            m_kind->SetSelection(static_cast<int>(i));
    m_pages->ChangeSelection(pageOf(kind));
    const bool one = kind == MeasureKind::FunctionalRating;
    for (int i = 1; i < kMostActivities; ++i) {
        m_activities[i]->Show(!one);
        m_ratings[i]->Show(!one);
    }
    offerBaselineActivities(kind == MeasureKind::Psfs);
    m_activitiesHelp->SetLabel(
        one ? _("The functional goal as the plan words it, and the client's rating 0–10.")
        : m_baselineActivities > 0
            ? _("Follow-up: rate the activities named at the baseline, so the two compare; a new one may "
                "follow.")
            : _("Three to five activities the client finds hard, each rated 0 (unable) to 10 (as before "
                "the problem)."));
    m_nprs->Enable(kind == MeasureKind::Nprs);
    m_hit6->Enable(kind == MeasureKind::Hit6);
    markers().addAlias("total", kind == MeasureKind::Hit6 ? "hit6" : "nprs");
    markers().clear();
    m_pages->GetCurrentPage()->Layout();
    updateScore();
    Layout();
}

void MeasureDialog::offerBaselineActivities(bool psfs)
{
    for (std::size_t i = 0; i < m_baselineActivities; ++i) {
        m_activities[i]->ChangeValue(wxString());
        m_activities[i]->SetEditable(true);
    }
    m_baselineActivities = 0;
    if (!psfs)
        return;
    for (const auto* text : m_activities)
        if (!text->IsEmpty())
            return;  // the therapist has typed: keep it
    const Date day = knotwork::ui::fromWxDate(m_takenOn->GetValue()).value_or(m_service.today());
    for (const std::string& name : m_service.psfsActivities(m_client, day)) {
        if (m_baselineActivities >= m_activities.size())
            break;
        m_activities[m_baselineActivities]->ChangeValue(toWx(name));
        m_activities[m_baselineActivities]->SetEditable(false);
        ++m_baselineActivities;
    }
}

OutcomeMeasure MeasureDialog::measure() const
{
    OutcomeMeasure measure;
    measure.clientId = m_client;
    measure.kind = choices<MeasureKind>()[std::max(0, m_kind->GetSelection())].value;
    measure.takenOn = knotwork::ui::fromWxDate(m_takenOn->GetValue()).value_or(Date(boost::gregorian::not_a_date_time));
    measure.notes = knotwork::ui::typedText(*m_notes);
    switch (pageOf(measure.kind)) {
    case NdiPage:
        for (const auto* section : m_ndi)
            measure.answers.push_back(section->value());
        break;
    case HdiPage:
        for (const auto* item : m_hdi) {
            const int choice = item->GetSelection();
            measure.answers.push_back(choice <= 0 ? std::nullopt
                                                  : std::optional<int>(hdiPoints(static_cast<HdiAnswer>(choice - 1))));
        }
        break;
    case ActivitiesPage:
        for (std::size_t i = 0; i < m_activities.size(); ++i) {
            if (!m_activities[i]->IsShown())
                continue;
            const std::string activity = knotwork::ui::trimmedText(*m_activities[i]);
            if (activity.empty() && !m_ratings[i]->value())
                continue;
            measure.activities.push_back({activity, m_ratings[i]->value().value_or(-1)});
        }
        break;
    case TotalsPage: {
        Validator ignored;
        measure.total = measure.kind == MeasureKind::Nprs ? m_nprs->value() : m_hit6->readWhole(ignored);
        break;
    }
    }
    return measure;
}

wxString MeasureDialog::scoreText() const
{
    return m_score->GetLabel();
}

void MeasureDialog::updateScore()
{
    if (!m_score)
        return;
    const OutcomeMeasure entered = measure();
    m_score->SetLabel(headlineScore(entered) ? wxString::Format(_("Score: %s"), toWx(describeScore(entered)))
                                             : wxString(_("Score: not complete yet")));
}

void MeasureDialog::save()
{
    OutcomeMeasure entered = measure();
    if (entered.kind == MeasureKind::Hit6) {
        Validator problems;
        entered.total = m_hit6->readWhole(problems);
        problems.throwIfAny();
    }
    m_service.addMeasure(entered);
}

bool recordMeasure(wxWindow* parent, PlanService& service, Notifier& notifier, const MeasureFor& client)
{
    if (client.client == 0)
        return false;
    if (client.archived) {
        notifier.showInformation(knotwork::ui::toUtf8(_("No new measure")),
                                 knotwork::ui::toUtf8(_("The client is archived: restore the client before "
                                                        "recording a measure.")));
        return false;
    }
    MeasureDialog dialog(parent, service, client.client, client.name);
    return dialog.ShowModal() == wxID_OK;
}

} // namespace knotwork::plans::ui
