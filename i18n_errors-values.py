ZH = {
    "进仓费 rules": "进仓费规则",
    "return tariff basis": "退回计费方式",
}
