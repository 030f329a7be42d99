// File › Records past retention… in the demo practice on the tests' fixed day: the rule in words,
// the records whose retention has ended (a client last seen in 2015), opening one's chart from
// its row, and the window on a 1024×600 laptop.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/menu.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/ui/text_table.h"
#include "common/ui/work_area.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "gui_test_support.h"
#include "safekeeping/ui/retention_dialog.h"
#include "screenshot.h"
#include "support/new_client.h"
#include "support/sample_note.h"
#include "window_fit_checks.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::RunningApp;
using testing::windowNamed;

class RecordsPastRetention : public testing::DemoPracticeTest {
protected:
    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static app::PracticeContext& practice() { return *frame().practice(); }

    // A client last seen on `visit`, born on `born`: their signed note brought in as an import
    // brings old notes.
    static clients::ClientId clientLastSeen(const std::string& family, const Date& visit, const Date& born)
    {
        clients::IntakeRecord record = knotwork::testing::newClient(family, "Ingrid");
        record.client.dateOfBirth = born;
        const clients::ClientId id = practice().clientService().saveIntake(record);
        sessions::SoapNote note = knotwork::testing::sampleNote(id, visit);
        note.status = sessions::NoteStatus::Signed;
        note.signedAt = Timestamp(boost::posix_time::ptime(visit, boost::posix_time::hours(18)));
        note.signedBy = "Maya";
        practice().stores().sessions().importNotes(std::span(&note, 1));
        return id;
    }

    static void chooseMenuItem()
    {
        wxMenuBar* bar = frame().GetMenuBar();
        const int item = bar->FindMenuItem("File", "Records past retention…");
        ASSERT_NE(item, wxNOT_FOUND);
        wxCommandEvent chosen(wxEVT_MENU, item);
        frame().ProcessWindowEvent(chosen);
    }
};

TEST_F(RecordsPastRetention, ListsTheRecordsWhoseRetentionEndedWithTheRuleAndOpensAChartFromARow)
{
    const clients::ClientId past = clientLastSeen("Aalto", Date(2015, 6, 1), Date(1980, 2, 29));
    clientLastSeen("Aaltonen", Date(2015, 6, 1), Date(2006, 4, 2));  // a minor then: kept until 2034
    const Date today = practice().clientService().today();
    ASSERT_EQ(today, Date(2026, 11, 23));

    bool answered = false;
    testing::answerNextDialog([&](wxDialog& shown) {
        answered = true;
        auto& dialog = dynamic_cast<safekeeping::ui::RetentionDialog&>(shown);
        testing::processEvents();
        const std::string rule = ui::toUtf8(windowNamed<ui::WrappingText>("retention-rule").GetLabel());
        EXPECT_THAT(rule, HasSubstr("ten years after the last visit"));
        EXPECT_THAT(rule, HasSubstr("18th birthday"));
        const std::string summary = ui::toUtf8(windowNamed<ui::WrappingText>("retention-summary").GetLabel());
        EXPECT_THAT(summary, HasSubstr("Nothing is deleted"));

        auto& list = windowNamed<ui::TextTable>("retention-list");
        ASSERT_EQ(list.rowCount(), dialog.listed());
        std::optional<std::size_t> row;
        for (std::size_t i = 0; i < list.rowCount(); ++i) {
            EXPECT_NE(list.cell(i, 0), "Aaltonen, Ingrid");
            if (list.cell(i, 0) == "Aalto, Ingrid")
                row = i;
        }
        ASSERT_TRUE(row) << "the client last seen in 2015 is not listed";
        EXPECT_EQ(list.cell(*row, 1), ui::formatDate(Date(1980, 2, 29)));
        EXPECT_EQ(list.cell(*row, 2), ui::formatDate(Date(2015, 6, 1)));
        EXPECT_EQ(list.cell(*row, 3), ui::formatDate(Date(2025, 6, 1)));
        auto& open = dynamic_cast<wxButton&>(*dialog.FindWindow(wxID_OPEN));
        EXPECT_FALSE(open.IsEnabled());
        list.selectRow(*row);
        EXPECT_TRUE(open.IsEnabled());
        testing::saveScreenshot(dialog, "records_past_retention");
        wxCommandEvent click(wxEVT_BUTTON, wxID_OPEN);
        click.SetEventObject(&open);
        open.ProcessWindowEvent(click);
    });
    chooseMenuItem();
    testing::processEvents();
    ASSERT_TRUE(answered);
    EXPECT_EQ(windowNamed<clients::ui::ClientListPanel>("clients").chart().clientId(), past);
}

TEST_F(RecordsPastRetention, FitsALaptopScreenWithItsButtonsInView)
{
    for (int i = 0; i < 40; ++i)
        clientLastSeen("Past" + std::to_string(i), Date(2014, 1, 1) + boost::gregorian::days(i), Date(1970, 1, 1));
    const wxRect area = testing::workAreaOf({1024, 600});
    ui::WorkAreaOverride laptop(area);
    auto* dialog = new safekeeping::ui::RetentionDialog(&frame(), practice().retentionService(), RunningApp::notifier(),
                                                        [](clients::ClientId) {});
    dialog->Show();
    std::vector<std::string> problems;
    for (int look = 0; look < 8; ++look) {
        testing::processEvents();
        problems = testing::fitProblems(*dialog, area);
        if (problems.empty())
            break;
    }
    EXPECT_THAT(problems, IsEmpty());
    EXPECT_GE(dialog->listed(), 40u);
    testing::saveScreenshot(*dialog, "fit_1024x600_records_past_retention");
    dialog->Destroy();
    testing::processEvents();
}

} // namespace
} // namespace knotwork::gui
