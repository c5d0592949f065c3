"""Every feature's business logic."""  # [ARCH-06]
