// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

namespace eb {

// "Educational, not medical advice": shown at the top of every window and dialog that
// shows evidence. It cannot be closed, and it keeps its height at any window size.
class DisclaimerBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DisclaimerBanner(QWidget *parent = nullptr);
};

} // namespace eb
