#pragma once

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace knotwork {

// One user action is one transaction. Whoever carries out an action that writes more than once
// (a service's use case, a command made of several use cases) runs it through a UnitOfWork: its
// writes are committed together when the action returns and rolled back together when it
// throws, so a process killed at any moment leaves the action undone or done whole. Actions
// nest: one run inside another joins it. db/ implements it over the practice's connection;
// tests of rules that have nothing to do with SQL use an ImmediateUnitOfWork.
class UnitOfWork {
public:
    virtual ~UnitOfWork() = default;

    virtual void run(const std::function<void()>& action) = 0;

    // The same, for an action with a result.
    template <typename Action>
    auto result(Action&& action) -> std::invoke_result_t<Action&>
    {
        std::optional<std::invoke_result_t<Action&>> value;
        run([&] { value.emplace(action()); });
        return std::move(*value);
    }
};

// Runs each action as it comes: for stores that have no transactions of their own to join.
class ImmediateUnitOfWork final : public UnitOfWork {
public:
    void run(const std::function<void()>& action) override { action(); }
};

} // namespace knotwork
