#pragma once

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "common/ui/field_error_markers.h"
#include "common/ui/scrolling_form.h"
#include "common/ui/section_index.h"
#include "common/validator.h"
#include "sessions/soap_note.h"

namespace knotwork::sessions::ui {

class NoteAssessmentSection;
class NoteFormSection;
class NoteObjectiveSection;
class NotePlanSection;
class NoteSubjectiveSection;
class NoteVisitSection;

// The note editor's one scrolling form: the visit, then S, O, A and P one under the other. It
// reports every change by field key and shows carried-forward values muted and problems beside
// their fields.
class NoteForm : public knotwork::ui::ScrollingForm {
public:
    using Changed = std::function<void(const std::string& key)>;

    NoteForm(wxWindow* parent, Changed changed);
    ~NoteForm() override;

    // `onRecord`: the flags on the client's record, so a yes at the re-screen to another is new.
    void load(const SoapNote& note, const std::set<clients::SafetyIssue>& onRecord);
    // Writes what the form shows into `note`; numbers that are not numbers go to `problems`.
    void store(SoapNote& note, Validator& problems) const;
    void showCarried(const std::set<std::string>& keys);
    // Recomputes what the form derives from the whole note (the A section's changes).
    void showDerived(const SoapNote& note);
    knotwork::ui::FieldErrorMarkers& markers() { return m_markers; }
    // The sections for the index beside the form: Visit, S, O, A, P with their Ctrl+Alt letters.
    std::vector<knotwork::ui::SectionIndex::Section> indexSections() const;
    NoteVisitSection& visit() const { return *m_visit; }
    NoteSubjectiveSection& subjective() const { return *m_subjective; }
    NoteObjectiveSection& objective() const { return *m_objective; }

private:
    std::vector<NoteFormSection*> sections() const;

    knotwork::ui::FieldErrorMarkers m_markers;
    std::unique_ptr<NoteVisitSection> m_visit;
    std::unique_ptr<NoteSubjectiveSection> m_subjective;
    std::unique_ptr<NoteObjectiveSection> m_objective;
    std::unique_ptr<NoteAssessmentSection> m_assessment;
    std::unique_ptr<NotePlanSection> m_plan;
};

} // namespace knotwork::sessions::ui
