#define AppVersion "0.1.0"
