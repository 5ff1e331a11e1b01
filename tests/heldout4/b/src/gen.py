"""Helper used while writing: computes identifiers by the official rules (run by hand, output pasted into messages)."""
import random, sys
from stdnum.be import nn, bis
from stdnum.nl import bsn
from stdnum import iban, luhn

def nn_for(yy, mm, dd, seq, y2000=False, month_add=0):
    base = f"{yy:02d}{mm+month_add:02d}{dd:02d}{seq:03d}"
    n = int(("2" if y2000 else "") + base)
    return base + f"{97 - n % 97:02d}"

def bsn_for(first8):
    s = sum(int(d) * w for d, w in zip(first8, range(9, 1, -1)))
    for last in range(10):
        if (s - last) % 11 == 0:
            return first8 + str(last)
    return None

def be_iban(bank, acct):
    b10 = f"{bank:03d}{acct:07d}"
    c = int(b10) % 97 or 97
    bban = b10 + f"{c:02d}"
    return iban_from("BE", bban)

def iban_from(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"

def card(prefix, length=16):
    body = prefix
    r = random.Random(prefix)
    while len(body) < length - 1:
        body += str(r.randint(0, 9))
    return body + luhn.calc_check_digit(body)

if __name__ == "__main__":
    r = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    for _ in range(6):
        yy, mm, dd, seq = r.randint(40, 99), r.randint(1, 12), r.randint(1, 28), r.randint(1, 998)
        v = nn_for(yy, mm, dd, seq); assert nn.is_valid(v)
        print("NN ", nn.format(v), "bad:", v[:-1] + str((int(v[-1]) + 1) % 10), nn.is_valid(v[:-1] + str((int(v[-1]) + 1) % 10)))
        yy2 = r.randint(0, 24); v2 = nn_for(yy2, mm, dd, seq, y2000=True); assert nn.is_valid(v2), v2
        print("NN2k", nn.format(v2))
        v3 = nn_for(yy, mm, dd, seq, month_add=r.choice([20, 40])); assert bis.is_valid(v3), v3
        print("BIS", bis.format(v3))
        f8 = "".join(str(r.randint(0, 9)) for _ in range(8))
        b = bsn_for(f8)
        if b and bsn.is_valid(b): print("BSN", b)
        f8 = "0" + "".join(str(r.randint(0, 9)) for _ in range(7))
        b = bsn_for(f8)
        if b and bsn.is_valid(b): print("BSN0", b, "->", b[1:])
        i = be_iban(r.choice([63, 1, 68, 310, 363, 735, 751, 973, 143, 850]), r.randint(0, 9999999)); assert iban.is_valid(i)
        print("IBAN", iban.format(i))
        i2 = iban_from("NL", r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + "".join(str(r.randint(0, 9)) for _ in range(10))); assert iban.is_valid(i2), i2
        print("IBAN", iban.format(i2))
        c = card(r.choice(["4", "5", "41", "53"]) + str(r.randint(10000, 99999))); assert luhn.is_valid(c)
        print("CARD", c)
