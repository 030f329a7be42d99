#pragma once

#include <functional>

#include "clients/ui/intake_section.h"

class wxButton;
class wxStaticText;

namespace knotwork::ui {
class FieldErrorMarkers;
}

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

// Where the intake reaches the client's consents: those in effect today, a line each, and a
// button that opens them (`open`: the consent dialog). A new client's consents can be recorded
// once the client is saved, so for a new client the button says it saves first.
class IntakeConsentsSection : public IntakeSection {
public:
    IntakeConsentsSection(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, ClientService& service,
                          ClientId client, std::function<void()> open);

    // Consents are kept apart from the intake: nothing to load or store.
    void load(const IntakeRecord&) override {}
    void store(IntakeRecord&, Validator&) const override {}
    // Reads the client's consents again (after the consent dialog saved).
    void refresh();
    wxString summary() const;

private:
    ClientService& m_service;
    ClientId m_client;
    wxStaticText* m_summary;
    wxButton* m_open;
};

} // namespace knotwork::clients::ui
