#pragma once
// What the crash test asked of the appointment book, run by run, and the check that the book holds
// each visit whole: at the time its last acknowledged move put it there (or, after a killed move,
// at the old time or the new one, never elsewhere), booked, or cancelled with the reason its
// cancellation gave (after a killed cancellation, either), and each series booked by
// `schedule book-plan` all there or not at all. What a check finds after a killed run is what the
// book holds from then on: a move or cancellation undone later, or a series that shrinks, is lost.
// Visits are found by a marker ("crash-000042") in their notes; a series by its client.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "findings.h"

namespace knotwork::crash {

class BookLedger {
public:
    // A run of `appointment add --notes MARKER --start START`; `id` when it was acknowledged.
    void added(const std::string& marker, const std::string& start, std::optional<long long> id);
    // A run of `appointment move` of the visit added with `marker` to `start`.
    void moving(const std::string& marker, const std::string& start, bool acknowledged);
    // A run of `appointment cancel --reason REASON` of the visit added with `marker`.
    void cancelling(const std::string& marker, const std::string& reason, bool acknowledged);
    // A run of `schedule book-plan --yes` for `client`, whose preview proposed `visits` visits.
    void bookingSeries(long long client, long long visits, bool acknowledged);

    // Visits known by number (acknowledged, or found by a check) that are booked (not cancelled),
    // as (marker, number).
    std::vector<std::pair<std::string, long long>> bookedVisits() const;

    // Reads the book (through SQLite, behind Knotwork's back); settles what killed runs left.
    Findings check(const std::filesystem::path& practice);

private:
    struct Visit {
        std::optional<long long> id;
        std::vector<std::string> starts;   // where it may be: one, or the old and new of a killed move
        std::vector<std::string> reasons;  // "" (booked), or a cancellation's reason; two after a kill
    };
    struct Series {
        long long visits = 0;
        bool present = false;  // acknowledged, or found once
    };

    Findings checkVisits(const std::filesystem::path& practice);
    Findings checkSeries(const std::filesystem::path& practice);

    std::map<std::string, Visit> m_visits;
    std::map<long long, Series> m_series;
};

} // namespace knotwork::crash
