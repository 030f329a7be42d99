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

class IntakeConsentsSection;
class IntakeSection;
class IntakeScreeningSection;

// The intake form of a new or an existing client, grouped the way the intake interview goes
// (DOMAIN.md): identity, emergency contact, care team, diagnosis on file, headache history,
// health, lifestyle, preferences, and the safety screening with the status it gives; then the
// consents on file, with the way to them; an index of its sections sits beside it
// (Ctrl+Alt+I, C, H, L, S, O). Saves through ClientService::saveIntake.
class IntakeDialog : public knotwork::ui::RecordDialog {
public:
    IntakeDialog(wxWindow* parent, clients::ClientService& service,
                 std::optional<clients::IntakeRecord> existing);
    ~IntakeDialog() override;

    // The client `id` (0: any) was saved at another desk: an open intake of theirs with nothing
    // typed shows the new version; one with unsaved changes keeps them and says so (Save then
    // shows both versions).
    static void showChangesMadeElsewhere(ClientId id);

    clients::ClientId savedClientId() const { return m_savedId; }
    // The new client was saved to record their consents next: the caller opens them.
    bool consentsNext() const { return m_consentsNext; }
    // Consents were recorded or revoked from the intake, whether or not the intake was saved.
    bool consentsChanged() const { return m_consentsChanged; }
    const IntakeConsentsSection& consents() const { return *m_consents; }
    const IntakeScreeningSection& screening() const { return *m_screening; }
    wxScrolledWindow& body() const;
    knotwork::ui::SectionIndex& sectionIndex() const { return *m_index; }

private:
    void save() override;
    // The intake was saved at another desk since it was loaded: shows both versions and keeps
    // mine, takes theirs into the form, or goes back to editing. Throws ConflictError, saying
    // which, unless mine was saved.
    void resolveConflict(IntakeRecord mine);
    void changedElsewhere();
    void showRecord(const IntakeRecord& record);
    void previewScreening();
    void openConsents();
    void makeRoom() override;

    ClientService& m_service;
    IntakeRecord m_record;  // what was loaded: the parts the form does not edit are kept
    ClientId m_savedId = 0;
    knotwork::ui::ScrollingForm* m_body;
    knotwork::ui::SectionIndex* m_index;
    std::vector<std::unique_ptr<IntakeSection>> m_sections;
    IntakeScreeningSection* m_screening;
    IntakeConsentsSection* m_consents;
    int m_versionShownInConflict = 0;  // the other desk's version the person went back from
    bool m_consentsNext = false;
    bool m_consentsChanged = false;
};

} // namespace knotwork::clients::ui
