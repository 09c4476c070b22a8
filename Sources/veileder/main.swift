print("veileder: under construction")
