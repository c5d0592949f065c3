"""Every feature's HTTP routes."""  # [ARCH-06]
