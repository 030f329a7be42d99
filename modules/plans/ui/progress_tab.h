#pragma once

#include <vector>
#include <wx/scrolwin.h>

#include "clients/ui/chart_tab.h"
#include "common/line_chart.h"
#include "common/notifier.h"
#include "plans/plan_service.h"

class wxButton;
class wxGridSizer;
class wxSizer;
class wxStaticText;

namespace knotwork::ui {
class LineChartPanel;
class TextTable;
}

namespace knotwork::plans::ui {

// The chart's Progress tab: since the open plan began (else the whole history), headache days
// and intensity, range of motion, neck pain (NPRS), NDI, HDI and PSFS as line charts with the
// plan's goals drawn on them (plans/progress_charts.h), the headache diary month by month, and
// the client's measures with their scores; a measure entered in error is voided, not deleted.
// Record measure… is at the top, above the charts it adds to.
class ProgressTab : public wxScrolledWindow, public clients::ui::ChartTab {
public:
    ProgressTab(wxWindow* parent, Notifier& notifier);

    void setService(PlanService* service);

    wxWindow* window() override { return this; }
    void show(const clients::ui::ChartContext& context) override;
    void clear() override;

    // Reads the client's data again (a note was signed, a plan or measure changed).
    void reload();
    // Opens the measure dialog for the shown client; true when a measure was recorded.
    bool recordMeasure();
    // Voids the chosen measure, asking for the reason.
    void voidSelected();

    const std::vector<knotwork::ui::LineChartPanel*>& charts() const { return m_charts; }
    knotwork::ui::TextTable& measureList() const { return *m_measures; }
    knotwork::ui::TextTable& diaryList() const { return *m_diary; }

    using ReasonQuestion = std::function<std::optional<std::string>()>;
    // How the reason for voiding is asked (a text dialog; tests answer it).
    void setVoidReasonQuestion(ReasonQuestion ask) { m_askReason = std::move(ask); }
    // Called after this tab recorded or voided a measure.
    void setChangedHandler(std::function<void()> changed) { m_changed = std::move(changed); }

private:
    void showCharts(const std::vector<LineChart>& charts);
    void showMeasures();
    // The diary month by month, and the medication-overuse advice when the diary shows it.
    void showDiary(const ProgressData& data);
    // A titled list under the charts.
    knotwork::ui::TextTable* addList(wxSizer& column, const wxString& title, const wxString& name,
                                     const std::vector<std::pair<wxString, int>>& columns);

    Notifier& m_notifier;
    PlanService* m_service = nullptr;
    ClientId m_client = 0;
    wxString m_clientName;
    bool m_archived = false;
    wxStaticText* m_period;
    wxGridSizer* m_chartGrid;
    std::vector<knotwork::ui::LineChartPanel*> m_charts;
    knotwork::ui::TextTable* m_diary;
    wxStaticText* m_overuse;
    knotwork::ui::TextTable* m_measures;
    wxButton* m_voidButton;
    std::vector<OutcomeMeasure> m_shownMeasures;
    ReasonQuestion m_askReason;
    std::function<void()> m_changed;
};

} // namespace knotwork::plans::ui
