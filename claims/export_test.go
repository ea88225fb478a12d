package claims

// DecimalOnly returns o with every sum of the book on the decimal path, the
// reference of the int64 fast path (for the differential property).
func DecimalOnly(o BookOptions) BookOptions {
	o.decimalOnly = true
	return o
}
