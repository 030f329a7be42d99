#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "clients/client_chart.h"
#include "common/ui/record_dialog.h"

class wxScrolledWindow;

namespace knotwork::ui {
class ScrollingForm;
class SectionIndex;
}

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

class IntakeSection;
class IntakeScreeningSection;

// The intake form of a new or an existing client, grouped the way the intake interview goes
// (DOMAIN.md): identity, emergency contact, care team, diagnosis on file, headache history,
// health, lifestyle, preferences, and the safety screening with the status it gives, with an
// index of its sections beside it (Ctrl+Alt+I, C, H, L, S). Saves through
// ClientService::saveIntake.
class IntakeDialog : public knotwork::ui::RecordDialog {
public:
    IntakeDialog(wxWindow* parent, clients::ClientService& service,
                 std::optional<clients::IntakeRecord> existing);
    ~IntakeDialog() override;

    clients::ClientId savedClientId() const { return m_savedId; }
    const IntakeScreeningSection& screening() const { return *m_screening; }
    wxScrolledWindow& body() const;
    knotwork::ui::SectionIndex& sectionIndex() const { return *m_index; }

private:
    void save() override;
    void previewScreening();
    void makeRoom() override;

    ClientService& m_service;
    IntakeRecord m_record;  // what was loaded: the parts the form does not edit are kept
    ClientId m_savedId = 0;
    knotwork::ui::ScrollingForm* m_body;
    knotwork::ui::SectionIndex* m_index;
    std::vector<std::unique_ptr<IntakeSection>> m_sections;
    IntakeScreeningSection* m_screening;
};

} // namespace knotwork::clients::ui
