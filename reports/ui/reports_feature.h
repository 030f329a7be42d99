#pragma once

#include <vector>

#include "clients/ui/feature.h"
#include "reports/ui/reports_view.h"
#include "sessions/soap_note.h"

namespace knotwork::reports::ui {

class ReportsTab;

// Reports in the main window: the chart's Reports tab (the disclosure log, the client's records
// as PDF) and the Reports view (a provider's clients, one report or each consenting client's in
// turn), both read again when a report is written; the Client menu's PDF documents.
class ReportsFeature : public clients::ui::Feature {
public:
    // A document made from one signed note, offered where notes are listed (the Sessions tab):
    // app/ hands these to the feature that lists them.
    struct NoteDocument {
        wxString label;  // with its mnemonic
        wxString name;   // the button's window name
        wxString tooltip;
        std::function<void(sessions::NoteId)> open;
    };

    void install(clients::ui::FeatureHost& host) override;
    void practiceChanged(const ServiceSet& services) override;

    // Saving the note as PDF and its home-care handout, each opening its dialog on that note of
    // the client the chart shows.
    std::vector<NoteDocument> noteDocuments();

private:
    ReportsTab* m_tab = nullptr;
    ReportsView* m_view = nullptr;
};

} // namespace knotwork::reports::ui
