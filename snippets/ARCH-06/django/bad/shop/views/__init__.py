"""Every feature's views."""  # [ARCH-06]
