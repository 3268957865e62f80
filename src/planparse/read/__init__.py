"""Read: a PDF into pages of characters, rules and shapes, one module per engine behind one
checked seam (`seam`), and the damage a file carries (`integrity`)."""
