#include "plans/ui/progress_tab.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include "common/ui/form_grid.h"
#include "common/ui/report_errors.h"
#include "common/ui/text_table.h"
#include "common/ui/titled_box.h"
#include "common/ui/wx_date.h"
#include "common/ui/line_chart_panel.h"
#include "common/ui/wx_text.h"
#include "common/ui/wrapping_text.h"
#include "sessions/diary_summary.h"
#include "sessions/medication_overuse.h"
#include "plans/measure_scoring.h"
#include "plans/progress_charts.h"
#include "plans/ui/measure_dialog.h"

namespace knotwork::plans::ui {

using namespace knotwork::ui;

namespace {

// Two charts side by side where they fit, one under the other on a narrow screen. True when
// the number of columns changed.
bool fitChartColumns(const wxWindow& page, wxGridSizer& grid, const std::vector<knotwork::ui::LineChartPanel*>& charts,
                     int gap)
{
    const int columns =
        charts.empty() || page.GetClientSize().x >= 2 * charts.front()->GetMinSize().x + 3 * gap ? 2 : 1;
    if (grid.GetCols() == columns)
        return false;
    grid.SetCols(columns);
    return true;
}

} // namespace

ProgressTab::ProgressTab(wxWindow* parent, Notifier& notifier)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL, "progress-tab"),
      m_notifier(notifier)
{
    SetScrollRate(0, FromDIP(20));
    const int gap = knotwork::ui::relatedGap(*this);
    auto* column = new wxBoxSizer(wxVERTICAL);
    // What the charts cover, and the way to add to them, above the charts where they are seen.
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    m_period = new knotwork::ui::WrappingText(this, wxString(), "progress-period");
    auto* record = new wxButton(this, wxID_ANY, _("&Record measure…"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "record-measure");
    record->SetToolTip(_("Enter a questionnaire or rating the client completed: NDI, HDI, PSFS, NPRS, HIT-6"));
    top->Add(m_period, wxSizerFlags(1).CentreVertical().Border(wxRIGHT, gap));
    top->Add(record, wxSizerFlags().CentreVertical());
    column->Add(top, wxSizerFlags().Expand().Border(wxALL, gap));
    m_chartGrid = new wxGridSizer(2, wxSize(gap, gap));
    column->Add(m_chartGrid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    Bind(wxEVT_SIZE, [this, gap](wxSizeEvent& event) {
        event.Skip();
        if (fitChartColumns(*this, *m_chartGrid, m_charts, gap))
            CallAfter([this] {
                FitInside();
                Layout();
            });
    });

    m_diary = addList(*column, _("Headache diary by month, from the signed notes"), "diary-list",
                      {{_("Month"), 90}, {_("Visits"), 55}, {_("Headache days /30"), 145},
                       {_("Average intensity"), 130}, {_("Medication days /30"), 155}});
    m_overuse = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "medication-overuse");
    m_overuse->SetForegroundColour(wxColour(0x92, 0x40, 0x0E));
    column->Add(m_overuse, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    m_measures = addList(*column, _("Outcome measures"), "measure-list",
                         {{_("Date"), 110}, {_("Score"), 300}, {_("Notes"), 420}});

    m_voidButton = new wxButton(this, wxID_ANY, _("&Void measure…"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "void-measure");
    column->Add(m_voidButton, wxSizerFlags().Border(wxALL, gap));
    SetSizer(column);

    record->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { recordMeasure(); });
    m_voidButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { voidSelected(); });
    m_measures->onSelectionChanged([this] { m_voidButton->Enable(m_measures->selectedRow().has_value()); });
    m_askReason = [this]() -> std::optional<std::string> {
        wxTextEntryDialog dialog(this, _("Why is this measure voided? It stays on record, struck out."),
                                 _("Void measure"));
        while (dialog.ShowModal() == wxID_OK) {
            if (!dialog.GetValue().Strip(wxString::both).empty())
                return toUtf8(dialog.GetValue().Strip(wxString::both));
        }
        return std::nullopt;
    };
}

TextTable* ProgressTab::addList(wxSizer& column, const wxString& title, const wxString& name,
                               const std::vector<std::pair<wxString, int>>& columns)
{
    const int gap = knotwork::ui::relatedGap(*this);
    auto* box = titledBox(this, title);
    std::vector<TextTable::Column> shown;
    for (const auto& [columnTitle, width] : columns)
        shown.push_back({columnTitle, width});
    auto* list = new TextTable(box->GetStaticBox(), name, title, shown, FromDIP(wxSize(-1, 170)));
    list->SetMinSize(FromDIP(wxSize(240, 170)));  // narrower than its columns on a small screen: it scrolls
    box->Add(list, wxSizerFlags().Expand().Border(wxALL, gap / 2));
    column.Add(box, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    return list;
}

void ProgressTab::setService(PlanService* service)
{
    m_service = service;
    clear();
}

void ProgressTab::show(const clients::ui::ChartContext& context)
{
    const bool anotherClient = context.chart.client.id != m_client;
    m_client = context.chart.client.id;
    m_clientName = toWx(clients::fullName(context.chart.client));
    m_archived = context.chart.client.archived;
    reload();
    if (anotherClient)
        Scroll(0, 0);  // another client's progress opens at its top, not where the last one was left
}

void ProgressTab::clear()
{
    m_client = 0;
    showCharts({});
    m_shownMeasures.clear();
    showMeasures();
    showDiary(ProgressData{});
    m_period->SetLabel(wxString());
}

void ProgressTab::reload()
{
    if (!m_service || m_client == 0)
        return;
    knotwork::ui::reportErrors(m_notifier, _("Could not read the client's progress"), [this] {
        const ProgressData data = m_service->progressData(m_client);
        const std::optional<TreatmentPlan> plan = m_service->records().openPlan(m_client);
        m_period->SetLabel(plan ? wxString::Format(_("Since the plan began on %s. Goals are the labelled dashed lines; shading marks the plan's phases."),
                                                   knotwork::ui::formatDate(plan->startDate))
                                : wxString(_("The whole history: no plan is open.")));
        std::vector<LineChart> charts =
            progressCharts(data, plan ? &*plan : nullptr, plan ? std::optional<Date>(plan->startDate) : std::nullopt);
        shareTimeAxis(charts);  // one time axis, so a date lines up from chart to chart
        showCharts(charts);
        m_shownMeasures = m_service->measures(m_client);
        showMeasures();
        showDiary(data);
    });
}

void ProgressTab::showCharts(const std::vector<LineChart>& charts)
{
    Freeze();
    while (m_charts.size() > charts.size()) {
        m_chartGrid->Detach(m_charts.back());
        m_charts.back()->Destroy();
        m_charts.pop_back();
    }
    while (m_charts.size() < charts.size()) {
        m_charts.push_back(new knotwork::ui::LineChartPanel(this, wxString::Format("progress-chart-%zu", m_charts.size())));
        m_chartGrid->Add(m_charts.back(), wxSizerFlags().Expand());
    }
    for (std::size_t i = 0; i < charts.size(); ++i)
        m_charts[i]->setChart(charts[i]);
    fitChartColumns(*this, *m_chartGrid, m_charts, knotwork::ui::relatedGap(*this));
    FitInside();
    Layout();
    Thaw();
}

void ProgressTab::showMeasures()
{
    std::vector<TextTable::Row> rows;
    // Newest first, as the therapist looks for the latest.
    for (auto measure = m_shownMeasures.rbegin(); measure != m_shownMeasures.rend(); ++measure)
        rows.push_back({{knotwork::ui::formatDate(measure->takenOn), toWx(describeScore(*measure)),
                         measure->voided() ? wxString::Format(_("Voided: %s"), toWx(measure->voidReason))
                                           : toWx(measure->notes)},
                        measure->voided() ? wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT) : wxNullColour,
                        measure->voided()});
    m_measures->setRows(std::move(rows));
    m_voidButton->Disable();
}

void ProgressTab::showDiary(const ProgressData& data)
{
    const auto decimal = [](const std::optional<double>& value) {
        return value ? wxString::Format("%.1f", *value) : wxString("—");
    };
    const std::vector<sessions::DiaryMonth> months = sessions::monthlyDiary(data.visits);
    const auto overuse = sessions::medicationOveruse(months, data.acuteMedications);
    m_overuse->SetLabel(overuse ? toWx(sessions::overuseAdvice(*overuse)) : wxString());
    m_overuse->Wrap(std::max(FromDIP(400), GetClientSize().x - FromDIP(24)));
    m_overuse->Show(overuse.has_value());
    Layout();
    std::vector<TextTable::Row> rows;
    for (auto month = months.rbegin(); month != months.rend(); ++month)
        rows.push_back({{toWx(knotwork::ui::localeMonth(month->month)), wxString::Format("%d", month->visits),
                         decimal(month->headacheDaysPerMonth), decimal(month->averageIntensity),
                         decimal(month->medicationDaysPerMonth)}});
    m_diary->setRows(std::move(rows));
}

bool ProgressTab::recordMeasure()
{
    if (!m_service || !plans::ui::recordMeasure(wxGetTopLevelParent(this), *m_service, m_notifier,
                                                {m_client, m_clientName, m_archived}))
        return false;
    reload();
    if (m_changed)
        m_changed();
    return true;
}

void ProgressTab::voidSelected()
{
    const std::optional<std::size_t> row = m_measures->selectedRow();
    if (!m_service || !row || *row >= m_shownMeasures.size())
        return;
    const MeasureId id = m_shownMeasures[m_shownMeasures.size() - 1 - *row].id;  // shown newest first
    const std::optional<std::string> reason = m_askReason();
    if (!reason)
        return;
    if (knotwork::ui::reportErrors(m_notifier, _("Could not void the measure"),
                                  [&] { m_service->voidMeasure(id, *reason); })) {
        reload();
        if (m_changed)
            m_changed();
    }
}

} // namespace knotwork::plans::ui
