// SPDX-License-Identifier: MIT
#pragma once

#include "data/UserError.h"

namespace eb {

// Bad input in a file the user gave ("trials.csv:4: column 3 (total_t): 'abc' is not a
// number"). The command line maps it to exit code 2.
class InputError : public UserError
{
public:
    using UserError::UserError;
    Cause cause() const override { return Cause::Input; }
};

} // namespace eb
