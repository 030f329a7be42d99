#pragma once

#include <vector>

#include "disclosures/disclosure.h"

namespace knotwork::disclosures {

// The disclosure log: appended to, never changed (the database refuses updates and deletes).
class DisclosureStore {
public:
    virtual ~DisclosureStore() = default;

    // Stamps who disclosed it and returns the new entry's id.
    virtual long long add(const Disclosure& disclosure) = 0;
    // A client's disclosures, newest first.
    virtual std::vector<Disclosure> forClient(ClientId client) = 0;
};

} // namespace knotwork::disclosures
