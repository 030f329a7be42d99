#pragma once
// The fixture of billing's GUI tests: a week booked by the test (Monday 23 November 2026, noon),
// with HST at 13 % and every service at $95.
#include <filesystem>
#include <stdexcept>
#include <string>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/stattext.h>

#include "app/gui/billing_documents.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "billing/billing_service.h"
#include "common/ui/accessibility.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "client_views.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "schedule_book.h"

namespace knotwork::gui {

inline std::string money(billing::Cents amount)
{
    return billing::moneyText(amount, "CAD");
}

inline billing::PaymentDraft payment(billing::PaymentMethod method, billing::Cents amount)
{
    billing::PaymentDraft draft;
    draft.method = method;
    draft.amountCents = amount;
    return draft;
}

inline std::string labelOf(wxWindow& root, const char* name)
{
    return ui::toUtf8(testing::child<wxStaticText>(root, name).GetLabel());
}

inline std::string cellOf(const char* table, int row, int column)
{
    return ui::toUtf8(ui::accessibleCellText(testing::windowNamed<ui::TextTable>(table), row, column));
}

class Billing : public testing::PracticeFileTest {
protected:
    void SetUp() override
    {
        PracticeFileTest::SetUp();
        m_week = testing::openPracticeWithABookedWeek("billing");
        billing::BillingSettings settings = billingService().settings();
        settings.taxBasisPoints = 1300;
        billingService().saveSettings(settings);
        for (schedule::Service service : practice().scheduleService().book().services()) {
            service.feeCents = 9500;
            practice().bookSettingsService().editService(service);
        }
    }

    static MainFrame& frame() { return testing::RunningApp::mainFrame(); }
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
        testing::processEvents();
    }

    // Billing's documents as the app writes them, each printed receipt's file kept in `opened`
    // instead of going to the PDF viewer.
    static billing::ui::BillingDocuments documentsPrintingInto(std::vector<std::filesystem::path>& opened)
    {
        return billingDocuments([] { return &practice(); }, [&opened](const std::filesystem::path& file) {
            opened.push_back(file);
            return true;
        });
    }

    // How many receipts of the invoice the disclosure log holds.
    static int receiptsLogged(const billing::PaidInvoice& paid)
    {
        int receipts = 0;
        for (const disclosures::Disclosure& given : practice().sharingService().disclosures(paid.invoice.clientId))
            if (given.kind == disclosures::DocumentKind::Receipt && given.invoiceId == paid.invoice.id)
                ++receipts;
        return receipts;
    }

    static wxButton& closeButton(wxDialog& dialog) { return *dynamic_cast<wxButton*>(dialog.FindWindow(wxID_CANCEL)); }

    testing::ScheduleBook m_week;
};

} // namespace knotwork::gui
