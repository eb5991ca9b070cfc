// SPDX-License-Identifier: MIT
#pragma once

#include "data/UserError.h"

namespace eb {

// A failure of the database or the file system. The command line maps it to exit code 1.
class DatabaseError : public UserError
{
public:
    using UserError::UserError;
    Cause cause() const override { return Cause::System; }
};

} // namespace eb
