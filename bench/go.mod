module github.com/creditins/creditins/bench

go 1.26

require github.com/creditins/creditins v0.0.0

require github.com/rickar/cal/v2 v2.1.13

require github.com/shopspring/decimal v1.4.0 // indirect

replace github.com/creditins/creditins => ../
