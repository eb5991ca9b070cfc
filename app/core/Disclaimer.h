// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace eb {

// The one place the disclaimer is defined (resources/disclaimer.txt): the banner, every
// export and the About dialog take it from here.
struct Disclaimer
{
    static QString headline(); // "Educational, not medical advice."
    static QString text();     // the source document's own disclaimer sentences
};

} // namespace eb
