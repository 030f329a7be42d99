#include "reports/ui/reports_feature.h"

#include <utility>
#include <wx/intl.h>

#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "reports/ui/reports_tab.h"
#include "sessions/session_service.h"
#include "sharing/sharing_service.h"

namespace knotwork::reports::ui {

using clients::ui::MenuPlace;
using clients::ui::RecordKind;

void ReportsFeature::install(clients::ui::FeatureHost& host)
{
    host.clients().chart().addTab(_("Reports"), [this, &host](wxWindow* parent) {
        m_tab = new ReportsTab(parent, host.notifier());
        return m_tab;
    });
    host.addView("reports", [this, &host](wxWindow* parent) {
        m_view = new ReportsView(parent, host.notifier(),
                                 {[&host] { host.recordChanged({RecordKind::Report}); }});
        return m_view;
    });
    host.listen({RecordKind::Report}, [this](const clients::ui::RecordChange&) {
        m_tab->reload();
        m_view->reload();
    });

    const auto offer = [this, &host](const wxString& label, const wxString& help, RecordDocument document,
                                     bool separatorBefore, const wxString& accelerator) {
        const bool needsNote = document != RecordDocument::IntakeSummary;
        host.addMenuItem({.place = MenuPlace::Client, .label = label, .help = help,
                          .run = [this, document] { m_tab->saveRecordDocument(document); },
                          .enabled = [this, needsNote] { return m_tab->canSave(needsNote); },
                          .separatorBefore = separatorBefore, .accelerator = accelerator});
    };
    offer(_("Save signed no&te as PDF…"), _("Save a signed note of the chosen client as PDF"), RecordDocument::Note,
          true, "Ctrl+Shift+T");
    offer(_("Home-care &handout…"), _("One page for the client to take home: the home care a signed note gave"),
          RecordDocument::Handout, false, "Ctrl+Shift+H");
    offer(_("Save &intake summary as PDF…"), _("Save the chosen client's intake summary as PDF"),
          RecordDocument::IntakeSummary, false, "Ctrl+Shift+I");
}

void ReportsFeature::practiceChanged(const ServiceSet& services)
{
    auto* sharing = services.find<sharing::SharingService>();
    m_tab->setServices(sharing, services.find<sessions::SessionService>());
    m_view->setService(sharing);
}

std::vector<ReportsFeature::NoteDocument> ReportsFeature::noteDocuments()
{
    return {{_("Save as PD&F…"), "note-save-pdf",
             _("Save the chosen signed note as PDF, for the client's record or a provider"),
             [this](sessions::NoteId note) { m_tab->saveRecordDocument(RecordDocument::Note, note); }},
            {_("Hand&out…"), "note-handout",
             _("Print the home care this note gave on one page for the client to take home"),
             [this](sessions::NoteId note) { m_tab->saveRecordDocument(RecordDocument::Handout, note); }}};
}

} // namespace knotwork::reports::ui
