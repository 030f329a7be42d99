#include "plans/ui/plan_tab.h"

#include <algorithm>
#include <cmath>
#include <wx/button.h>
#include <wx/scrolwin.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "clients/ui/fact_sheet.h"
#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/report_errors.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_date.h"
#include "common/ui/empty_state_panel.h"
#include "common/ui/wx_text.h"
#include "plans/plan_choices.h"
#include "plans/plan_text.h"
#include "plans/ui/measure_dialog.h"
#include "plans/ui/new_plan_dialog.h"
#include "plans/ui/plan_edit_dialog.h"
#include "plans/ui/plan_status_dialog.h"
#include "sessions/ui/session_text.h"

namespace knotwork::plans::ui {

using namespace knotwork::ui;

namespace {

const wxColour kReminderBackground(255, 244, 206);
const wxColour kMetColour(22, 128, 84);

// The Progress cell, short enough for a narrow pane: "✓ met", "✓ met late", "not met · 80 %",
// "67 % · improving", "0 %" while
// there is too little for a trend. The sentence under the list says it all, responders included.
wxString progressCell(const GoalProgress& goal, const GoalRow& row)
{
    if (row.met)
        return goal.status == GoalStatus::MetLate ? _("✓ met late") : _("✓ met");
    if (row.notMet)
        return wxString::Format(_("not met · %s"), toWx(row.way));
    if (goal.trend == Trend::NotEnoughData)
        return toWx(row.way);
    return wxString::Format(_("%s · %s"), toWx(row.way), toWx(row.trend));
}

} // namespace

PlanTab::PlanTab(wxWindow* parent, Notifier& notifier)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "plan-tab"),
      m_notifier(notifier)
{
    m_book = new wxSimplebook(this);
    m_book->AddPage(new knotwork::ui::EmptyStatePanel(
                        m_book,
                        {"schedule", _("No treatment plan is open"),
                         _("A plan says what you and the client are working toward, how often you meet and "
                           "how you will both know it works. Start one from the tension-type or cervicogenic "
                           "template; its baselines come from the client's notes and measures."),
                         _("&Start a plan…"), [this] { startPlan(); },
                         // A measure recorded first gives the plan's goals their baselines.
                         _("&Record measure…"), [this] { recordMeasure(); }},
                        "plan-empty"),
                    wxString());
    m_book->AddPage(buildPlanPage(m_book), wxString());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_book, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

wxWindow* PlanTab::buildPlanPage(wxWindow* parent)
{
    // Scrolls on a short screen: the goals' sentence and the treatment stay reachable.
    auto* page = new wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL | wxVSCROLL,
                                      "plan-page");
    page->SetScrollRate(0, FromDIP(20));
    const int gap = knotwork::ui::relatedGap(*this);
    auto* column = new wxBoxSizer(wxVERTICAL);

    // Short lines, one fact each: the chart is narrow beside the client list.
    auto* heading = new wxBoxSizer(wxVERTICAL);
    m_title = new wxStaticText(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "plan-title");
    m_title->SetFont(m_title->GetFont().Bold().Larger());
    m_dates = new wxStaticText(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "plan-dates");
    m_frequency = new wxStaticText(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "plan-frequency");
    m_phase = new wxStaticText(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "plan-phase");
    heading->Add(m_title);
    for (wxStaticText* line : {m_dates, m_frequency, m_phase})
        heading->Add(line, wxSizerFlags().Border(wxTOP, gap / 2));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* editButton = new wxButton(page, wxID_ANY, _("&Edit plan…"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "edit-plan");
    auto* status = new wxButton(page, wxID_ANY, _("C&hange status…"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "change-plan-status");
    auto* next = new wxButton(page, wxID_ANY, _("Start a &new plan…"), wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "new-plan");
    buttons->Add(editButton, wxSizerFlags().Border(wxRIGHT, gap));
    buttons->Add(status, wxSizerFlags().Border(wxRIGHT, gap));
    buttons->Add(next);
    heading->Add(buttons, wxSizerFlags().Border(wxTOP, gap));
    column->Add(heading, wxSizerFlags().Expand().Border(wxALL, gap));

    m_reminderBox = new wxPanel(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "plan-reminders");
    m_reminderBox->SetBackgroundColour(kReminderBackground);
    auto* reminderRow = new wxBoxSizer(wxHORIZONTAL);
    m_reminders = new wxStaticText(m_reminderBox, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                   "plan-reminder-text");
    m_reminders->SetForegroundColour(wxColour(60, 50, 10));
    m_advance = new wxButton(m_reminderBox, wxID_ANY, _("&Move to the next phase"), wxDefaultPosition,
                             wxDefaultSize, 0, wxDefaultValidator, "advance-phase");
    reminderRow->Add(m_reminders, wxSizerFlags(1).CentreVertical().Border(wxALL, gap));
    reminderRow->Add(m_advance, wxSizerFlags().CentreVertical().Border(wxALL, gap));
    m_reminderBox->SetSizer(reminderRow);
    column->Add(m_reminderBox, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));

    // Record measure… beside the goals the measures count towards.
    auto* goalsHeading = new wxBoxSizer(wxHORIZONTAL);
    auto* goalsTitle = new wxStaticText(page, wxID_ANY, _("Goals"));
    goalsTitle->SetFont(goalsTitle->GetFont().Bold());
    auto* record = new wxButton(page, wxID_ANY, _("&Record measure…"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "plan-record-measure");
    record->SetToolTip(_("Enter a questionnaire or rating the client completed: NDI, HDI, PSFS, NPRS, HIT-6"));
    goalsHeading->Add(goalsTitle, wxSizerFlags(1).CentreVertical());
    goalsHeading->Add(record, wxSizerFlags().CentreVertical());
    column->Add(goalsHeading, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));

    m_goals = new TextTable(page, "goal-list", _("Goals"),
                            {{_("Goal"), 200}, {_("Baseline → latest"), 120}, {_("Target"), 140}, {_("Progress"), 115}},
                            FromDIP(wxSize(-1, 170)));
    column->Add(m_goals, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    // The chosen goal in a whole sentence: what a cell cuts short on a narrow pane, and what a
    // screen reader reads.
    m_goalDetail = new wxStaticText(page, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "goal-detail");
    column->Add(m_goalDetail, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));

    m_treatment = new clients::ui::FactSheet(page, "plan-treatment");
    m_treatment->SetMinSize(FromDIP(wxSize(-1, 160)));  // a short screen scrolls the page to it
    column->Add(m_treatment, wxSizerFlags(1).Expand().Border(wxALL, gap));
    page->SetSizer(column);

    editButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editPlan(); });
    status->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { changeStatus(); });
    next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startPlan(); });
    m_advance->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { advancePhase(); });
    record->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { recordMeasure(); });
    m_goals->onSelectionChanged([this] {
        if (const std::optional<std::size_t> row = m_goals->selectedRow())
            showGoalDetail(*row);
    });
    page->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { showGoalDetail(m_detailShown); });  // wrapped to the new width
    });
    return page;
}

void PlanTab::setService(PlanService* service)
{
    m_service = service;
    clear();
}

void PlanTab::show(const clients::ui::ChartContext& context)
{
    m_client = context.chart.client.id;
    m_clientName = toWx(clients::fullName(context.chart.client));
    m_archived = context.chart.client.archived;
    reload();
}

void PlanTab::clear()
{
    m_client = 0;
    m_progress.reset();
    m_book->ChangeSelection(0);
}

void PlanTab::reload()
{
    if (!m_service || m_client == 0)
        return;
    knotwork::ui::reportErrors(m_notifier, _("Could not read the client's plan"), [this] {
        m_progress = m_service->openPlanProgress(m_client);
        if (m_progress)
            showPlan(*m_progress);
        m_book->ChangeSelection(m_progress ? 1 : 0);
    });
}

void PlanTab::showPlan(const PlanProgress& progress)
{
    const TreatmentPlan& plan = progress.plan;
    m_title->SetLabel(toWx(labelOf(plan.focus)));
    m_dates->SetLabel(wxString::Format(_("%s · started %s · review by %s"), toWx(labelOf(plan.status)),
                                       knotwork::ui::formatDate(plan.startDate), knotwork::ui::formatDate(plan.reviewDate)));
    m_frequency->SetLabel(toWx(describePhases(plan.phases)));
    m_phase->SetLabel(toWx(phaseLine(progress, sessions::ui::localeDate)));

    wxString reminders;
    for (const std::string& line : describeReminders(progress, sessions::ui::localeDate))
        reminders += (reminders.empty() ? wxString() : wxString("\n")) + toWx(line);
    m_reminders->SetLabel(reminders);
    m_reminderBox->Show(!reminders.empty());
    m_advance->Show(progress.reminders.suggestedPhase.has_value());

    std::vector<TextTable::Row> rows;
    for (const GoalProgress& goal : progress.goals) {
        const GoalRow row = describeGoalProgress(goal, sessions::ui::localeDate);
        rows.push_back({{toWx(row.goal), toWx(row.change), toWx(row.target), progressCell(goal, row)},
                        row.met ? kMetColour : wxNullColour});
    }
    if (progress.goals.empty())
        rows.push_back({{_("No goals yet")}});
    m_goals->setRows(std::move(rows));
    m_goals->fitColumnsToContent();
    showGoalDetail(0);

    m_treatment->clear();
    for (const sessions::NoteSection& section : describePlan(plan, sessions::ui::localeDate)) {
        if (section.key != "treatment")
            continue;
        m_treatment->beginGroup(toWx(section.title));
        setAccessibleName(*m_treatment, toWx(section.title));  // it takes the focus to scroll
        for (const sessions::NoteLine& line : section.lines)
            m_treatment->addFact(toWx(line.label), toWx(line.value));
    }
    m_treatment->finish();
    m_book->GetPage(1)->FitInside();
    m_book->GetPage(1)->Layout();
}

void PlanTab::showGoalDetail(std::size_t index)
{
    if (!m_progress || index >= m_progress->goals.size()) {
        m_goalDetail->SetLabel(wxString());
        return;
    }
    m_detailShown = index;
    m_goalDetail->SetLabel(toWx(goalSentence(
        describeGoalProgress(m_progress->goals[index], sessions::ui::localeDate))));
    m_goalDetail->Wrap(std::max(FromDIP(200), m_goals->GetClientSize().x));
    m_book->GetPage(1)->FitInside();
    m_book->GetPage(1)->Layout();
}

wxString PlanTab::remindersText() const
{
    return m_reminderBox->IsShown() ? m_reminders->GetLabel() : wxString();
}

void PlanTab::startPlan()
{
    if (!m_service || m_client == 0)
        return;
    if (m_archived) {
        m_notifier.showInformation(toUtf8(_("No new plan")),
                                   toUtf8(_("The client is archived: restore the client before planning treatment.")));
        return;
    }
    NewPlanDialog dialog(wxGetTopLevelParent(this), *m_service, m_client, m_clientName);
    if (dialog.ShowModal() == wxID_OK)
        changed();
}

void PlanTab::recordMeasure()
{
    if (m_service && plans::ui::recordMeasure(wxGetTopLevelParent(this), *m_service, m_notifier,
                                              {m_client, m_clientName, m_archived}))
        changed();
}

void PlanTab::editPlan()
{
    if (!m_service || !m_progress)
        return;
    PlanEditDialog dialog(wxGetTopLevelParent(this), *m_service, m_progress->plan);
    if (dialog.ShowModal() == wxID_OK)
        changed();
}

void PlanTab::changeStatus()
{
    if (!m_service || !m_progress)
        return;
    PlanStatusDialog dialog(wxGetTopLevelParent(this), *m_service, m_progress->plan);
    if (dialog.ShowModal() == wxID_OK)
        changed();
}

void PlanTab::advancePhase()
{
    if (!m_service || !m_progress)
        return;
    const TreatmentPlan& plan = m_progress->plan;
    if (knotwork::ui::reportErrors(m_notifier, _("Could not move the plan to its next phase"), [&] {
            m_service->advancePhase(plan.id, plan.rowVersion, m_service->today());
        }))
        changed();
}

void PlanTab::changed()
{
    reload();
    if (m_changed)
        m_changed();
}

} // namespace knotwork::plans::ui
