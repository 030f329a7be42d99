#pragma once
// The billing tests' fixture: a week booked by the test (Monday 23 November 2026, noon), with
// HST at 13 % and every service at $95, and what the tests read of billing's screens.

#include <stdexcept>
#include <string>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/stattext.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "billing/billing_service.h"
#include "client_views.h"
#include "common/ui/accessibility.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "practice_file_test.h"
#include "schedule_book.h"

namespace knotwork::gui::testing {

inline std::string money(billing::Cents amount)
{
    return billing::moneyText(amount, "CAD");
}

inline std::string labelOf(wxWindow& root, const char* name)
{
    return ui::toUtf8(child<wxStaticText>(root, name).GetLabel());
}

inline std::string cellOf(const char* table, int row, int column)
{
    return ui::toUtf8(ui::accessibleCellText(windowNamed<ui::TextTable>(table), row, column));
}

class BillingTest : public PracticeFileTest {
protected:
    void SetUp() override
    {
        PracticeFileTest::SetUp();
        m_week = openPracticeWithABookedWeek("billing");
        billing::BillingSettings settings = billingService().settings();
        settings.taxBasisPoints = 1300;
        billingService().saveSettings(settings);
        for (schedule::Service service : practice().scheduleService().book().services()) {
            service.feeCents = 9500;
            practice().bookSettingsService().editService(service);
        }
    }

    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static app::PracticeContext& practice() { return *frame().practice(); }
    static billing::BillingService& billingService()
    {
        auto* billing = practice().services().find<billing::BillingService>();
        if (!billing)
            throw std::runtime_error("the practice offers no billing service");
        return *billing;
    }

    // The client arrived for the visit: it can be checked out.
    static void arrive(schedule::AppointmentId id)
    {
        schedule::ScheduleService& book = practice().scheduleService();
        book.markArrived(id, book.book().findAppointment(id)->rowVersion);
        frame().recordChanged({clients::ui::RecordKind::Appointment});
        processEvents();
    }

    static wxButton& closeButton(wxDialog& dialog) { return *dynamic_cast<wxButton*>(dialog.FindWindow(wxID_CANCEL)); }

    ScheduleBook m_week;
};

} // namespace knotwork::gui::testing
