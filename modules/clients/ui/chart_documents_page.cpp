#include "clients/ui/chart_documents_page.h"

#include <wx/intl.h>

#include "clients/ui/letter_actions.h"
#include "common/ui/accessibility.h"
#include "common/ui/wx_date.h"

namespace knotwork::clients::ui {

using knotwork::ui::formatDate;

ChartDocumentsPage::ChartDocumentsPage(wxWindow* parent, Notifier& notifier)
    : FactSheet(parent, "chart-documents"), m_notifier(notifier)
{
    knotwork::ui::setAccessibleName(*this, _("Documents"));
}

void ChartDocumentsPage::show(const ChartContext& context)
{
    Freeze();
    clear();
    beginGroup(_("Clearance letters"));
    bool any = false;
    for (const Clearance& clearance : context.chart.clearances) {
        if (!clearance.letterAttachmentId)
            continue;
        any = true;
        wxSizer* row = addFact(formatDate(clearance.clearedOn),
                               wxString::Format(_("Letter from %s"),
                                                context.providerName(clearance.providerId, clearance.providerName)));
        addLetterButtons(this, row, context.service->clients(), m_notifier, *clearance.letterAttachmentId);
    }
    if (!any)
        addText(_("No documents yet. A letter attached when you record a clearance is kept here, "
                  "inside the practice file, so backups carry it."));
    finish();
    Thaw();
}

} // namespace knotwork::clients::ui
