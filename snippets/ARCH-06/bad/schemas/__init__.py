"""Every feature's request and response models."""  # [ARCH-06]
